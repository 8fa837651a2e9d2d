package org.transferwatch.transfer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the transfers list shows: every criterion is optional, and one {@code Condition} built from
 * this record serves the page, the count and the export alike.
 *
 * @param eitherDirection when set, supplier and recipient match in either direction
 * @param periodFrom, periodTo transfers whose period overlaps this range
 * @param issuerCode transfers with a confirmed sanctions link to a provision of this issuer
 * @param text PostgreSQL full-text search over item, designation, notes and quotes
 */
public record TransferFilter(@Nullable String supplierCode, @Nullable String recipientCode, boolean eitherDirection,
        @Nullable TransferKind kind, @Nullable String categoryCode, @Nullable TransferStatus status,
        @Nullable Confidence confidence, @Nullable ReviewState reviewState, @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo, @Nullable String issuerCode, @Nullable String text) {

    public static final TransferFilter NONE = new TransferFilter(null, null, false, null, null, null, null, null,
            null, null, null, null);

    public static TransferFilter pair(String supplierCode, String recipientCode) {
        return NONE.withPair(supplierCode, recipientCode, false);
    }

    public TransferFilter withPair(@Nullable String supplier, @Nullable String recipient, boolean either) {
        return new TransferFilter(supplier, recipient, either, kind, categoryCode, status, confidence, reviewState,
                periodFrom, periodTo, issuerCode, text);
    }

    public TransferFilter withText(@Nullable String newText) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status, confidence,
                reviewState, periodFrom, periodTo, issuerCode, newText);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

}
