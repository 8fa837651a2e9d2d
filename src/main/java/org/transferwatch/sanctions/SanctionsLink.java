package org.transferwatch.sanctions;

import org.jspecify.annotations.Nullable;

/** An analyst's decision on a provision for a transfer. */
public record SanctionsLink(long id, long transferId, Provision provision, Decision decision, @Nullable String note,
        int version) {

    public enum Decision {
        CONFIRMED, DISMISSED
    }

}
