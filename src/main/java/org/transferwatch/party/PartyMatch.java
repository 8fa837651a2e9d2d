package org.transferwatch.party;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.transferwatch.designation.DesignationKind;

/**
 * A designation a party may be, with what the match rests on and what the analyst decided.
 *
 * @param designationAliases the designation's other names, as listed
 * @param score 1 for an identical number; for a name, the trigram similarity of the two names' search keys
 * @param matchedName the designation's name that matched, or the number (as "IMO company number 5342883")
 * @param decidedBy the display name of the analyst who confirmed or rejected it
 * @param changeNote what changed in the designation since the match was found or decided ("Delisted on …")
 */
public record PartyMatch(long id, long partyId, String partyName, PartyKind partyKind, long designationId,
        String reference, String designationName, DesignationKind designationKind, List<String> designationAliases,
        @Nullable LocalDate delistedOn, MatchBasis basis, double score, String matchedName, MatchState state,
        @Nullable String note, @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt, OffsetDateTime foundAt,
        OffsetDateTime changedAt, @Nullable String changeNote, int version) {

    public PartyMatch {
        designationAliases = List.copyOf(designationAliases);
    }

    /** "exact" for a number, "87 %" for a name. */
    public String scoreLabel() {
        return basis == MatchBasis.IDENTIFIER ? "exact" : Math.round(score * 100) + " %";
    }

    /** Whether the designation changed after the analyst decided (or, undecided, since it was found). */
    public boolean changedSinceDecided() {
        return changeNote != null && (decidedAt == null || changedAt.isAfter(decidedAt));
    }

}
