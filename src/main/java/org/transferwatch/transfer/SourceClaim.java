package org.transferwatch.transfer;

/** A source's claim seen from the source: which transfer it supports or disputes, with what quote and grade. */
public record SourceClaim(long transferId, String supplierName, String recipientName, String item, TransferStatus status,
        ReviewState reviewState, Stance stance, String quote, AdmiraltyGrade grade) {

    public String pairLabel() {
        return supplierName + " \u2192 " + recipientName;
    }

}
