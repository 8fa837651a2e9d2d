package org.transferwatch.transfer;

import org.jspecify.annotations.Nullable;

/**
 * A stored transfer that may be the one a user is about to record again: same direction, overlapping (or
 * unknown) period, and similar goods.
 *
 * @param sameCategory whether it has the new transfer's category
 * @param itemSimilarity how alike the item descriptions are, 0 to 1 (pg_trgm's trigram similarity)
 */
public record PossibleDuplicate(long id, String item, @Nullable String designation, @Nullable Period period,
        TransferStatus status, ReviewState reviewState, boolean sameCategory, double itemSimilarity) {

    /** "#42 · Shahed-136 drones (Geran-2) · Q3 2022 · Draft" */
    public String label() {
        return "#" + id + " · " + item + (designation == null ? "" : " (" + designation + ")")
                + (period == null ? " · period unknown" : " · " + period.label()) + " · " + status.label() + " · "
                + reviewState.label();
    }

}
