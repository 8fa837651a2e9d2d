package org.transferwatch.designation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One designation found by a search: the name (or number) that matched and how well, from 0 to 1. An exact
 * reference or identifier match scores 1 and comes first.
 */
public record DesignationHit(long id, String reference, DesignationKind kind, String primaryName, String programme,
        @Nullable LocalDate listedOn, @Nullable LocalDate delistedOn, @Nullable String matched, double score,
        boolean exact) {

    /** "94 %", "exact", or nothing when no search text was given. */
    public String scoreLabel() {
        if (matched == null) {
            return "";
        }
        return exact ? "exact" : Math.round(score * 100) + " %";
    }

}
