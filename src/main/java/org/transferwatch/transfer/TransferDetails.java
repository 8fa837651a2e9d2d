package org.transferwatch.transfer;

import org.jspecify.annotations.Nullable;

/** A transfer as its page shows it: the stored transfer with names resolved and its evidence summed up. */
public record TransferDetails(Transfer transfer, String supplierName, String recipientName,
        @Nullable String categoryLabel, EvidenceSummary evidence, ConfidenceRule.Proposal proposedConfidence,
        String createdByName, String updatedByName) {

    public String pairLabel() {
        return supplierName + " → " + recipientName;
    }

}
