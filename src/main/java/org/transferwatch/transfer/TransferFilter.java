package org.transferwatch.transfer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the transfers list shows: every criterion is optional, and one {@code Condition} built from
 * this record serves the page, the count, the dashboard's click-throughs and the export alike.
 *
 * @param eitherDirection when set, supplier and recipient match in either direction
 * @param periodFrom transfers whose period overlaps the range from this day
 * @param periodTo transfers whose period overlaps the range up to this day
 * @param issuerCode transfers with a confirmed sanctions link to a provision of this issuer
 * @param text PostgreSQL full-text search over item, designation, notes and quotes
 * @param addedSince transfers recorded on or after this day
 * @param flagged only transfers with at least one confirmed sanctions link
 * @param provision transfers as they stand to one provision: confirmed, suggested by its scope, or dismissed
 */
public record TransferFilter(@Nullable String supplierCode, @Nullable String recipientCode, boolean eitherDirection,
        @Nullable TransferKind kind, @Nullable String categoryCode, @Nullable TransferStatus status,
        @Nullable Confidence confidence, @Nullable ReviewState reviewState, @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo, @Nullable String issuerCode, @Nullable String text,
        @Nullable LocalDate addedSince, boolean flagged, @Nullable LinkedProvision provision) {

    public static final TransferFilter NONE = new TransferFilter(null, null, false, null, null, null, null, null,
            null, null, null, null);

    /** The filter without the dashboard's criteria (recorded since, flagged). */
    public TransferFilter(@Nullable String supplierCode, @Nullable String recipientCode, boolean eitherDirection,
            @Nullable TransferKind kind, @Nullable String categoryCode, @Nullable TransferStatus status,
            @Nullable Confidence confidence, @Nullable ReviewState reviewState, @Nullable LocalDate periodFrom,
            @Nullable LocalDate periodTo, @Nullable String issuerCode, @Nullable String text) {
        this(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status, confidence, reviewState,
                periodFrom, periodTo, issuerCode, text, null, false, null);
    }

    public static TransferFilter linkedTo(long provisionId, LinkedProvision.Linked linked) {
        return NONE.withProvision(new LinkedProvision(provisionId, linked));
    }

    public TransferFilter withProvision(@Nullable LinkedProvision newProvision) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status, confidence,
                reviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, newProvision);
    }

    public static TransferFilter pair(String supplierCode, String recipientCode) {
        return NONE.withPair(supplierCode, recipientCode, false);
    }

    public TransferFilter withPair(@Nullable String supplier, @Nullable String recipient, boolean either) {
        return new TransferFilter(supplier, recipient, either, kind, categoryCode, status, confidence, reviewState,
                periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision);
    }

    public TransferFilter withText(@Nullable String newText) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status, confidence,
                reviewState, periodFrom, periodTo, issuerCode, newText, addedSince, flagged, provision);
    }

    public TransferFilter withKind(@Nullable TransferKind newKind) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, newKind, categoryCode, status,
                confidence, reviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision);
    }

    public TransferFilter withConfidence(@Nullable Confidence newConfidence) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status,
                newConfidence, reviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision);
    }

    public TransferFilter withPeriod(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status, confidence,
                reviewState, from, to, issuerCode, text, addedSince, flagged, provision);
    }

    public TransferFilter withAddedSince(@Nullable LocalDate since) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status, confidence,
                reviewState, periodFrom, periodTo, issuerCode, text, since, flagged, provision);
    }

    public TransferFilter withFlagged(boolean onlyFlagged) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status, confidence,
                reviewState, periodFrom, periodTo, issuerCode, text, addedSince, onlyFlagged, provision);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

}
