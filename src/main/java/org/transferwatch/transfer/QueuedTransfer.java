package org.transferwatch.transfer;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A draft in a queue: which transfer, who submitted it and when (for a draft in progress: who created it and when
 * it last changed), and, when it was sent back, by whom, when and why.
 */
public record QueuedTransfer(long transferId, String pairLabel, String item, String by, OffsetDateTime at,
        @Nullable String returnedBy, @Nullable OffsetDateTime returnedAt, @Nullable String returnComment) {

    /** "#42 North Korea → Russia · artillery shells". */
    public String label() {
        return "#" + transferId + " " + pairLabel + " · " + item;
    }

}
