package org.transferwatch.transfer;

import org.jspecify.annotations.Nullable;

/**
 * One transfer as the CSV export writes it: every field, the names of the pair, the evidence summed up
 * and the best claim (supporting before disputing, then by grade) with its source.
 */
public record TransferExport(long id, String naturalKey, TransferDraft fields, String supplierName,
        String recipientName, ReviewState reviewState, EvidenceSummary evidence, @Nullable BestClaim bestClaim) {

    /** The claim the export carries along, so that a re-import can restore it. */
    public record BestClaim(long sourceId, String sourceTitle, @Nullable String sourceUrl, String quote, Stance stance,
            AdmiraltyGrade grade) {
    }

}
