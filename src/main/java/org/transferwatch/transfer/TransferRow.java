package org.transferwatch.transfer;

import org.jspecify.annotations.Nullable;

/**
 * One line of the transfers list.
 *
 * @param designatedParty whether a party of the transfer, or a shipment's carrier or receiving vessel, is
 *        confirmed to be a listed designation
 */
public record TransferRow(long id, String supplierCode, String supplierName, String recipientCode,
        String recipientName, TransferKind kind, @Nullable String categoryCode, String item, @Nullable String designation,
        Quantity quantity,
        @Nullable Period period, TransferStatus status, Confidence confidence, ReviewState reviewState,
        EvidenceSummary evidence, boolean designatedParty) {

    public String pairLabel() {
        return supplierName + " → " + recipientName;
    }

}
