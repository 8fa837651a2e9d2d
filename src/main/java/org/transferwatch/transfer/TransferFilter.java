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
 * @param party transfers with a party (in a role, or as a shipment's carrier or receiving vessel) known by a name
 *        or alias containing this text, or with an identifier equal to it
 * @param vessel transfers with a vessel among those parties known by such a name or with such an identifier (IMO)
 * @param placeId transfers with a shipment loaded, discharged or crossing at this place of the gazetteer
 * @param designatedParty only transfers with such a party that an analyst confirmed is a listed designation
 */
public record TransferFilter(@Nullable String supplierCode, @Nullable String recipientCode, boolean eitherDirection,
        @Nullable TransferKind kind, @Nullable String categoryCode, @Nullable TransferStatus status,
        @Nullable Confidence confidence, @Nullable ReviewState reviewState, @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo, @Nullable String issuerCode, @Nullable String text,
        @Nullable LocalDate addedSince, boolean flagged, @Nullable LinkedProvision provision, @Nullable String party,
        @Nullable String vessel, @Nullable Long placeId, boolean designatedParty) {

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

    /** The filter without the criteria on a transfer's parties and shipments. */
    public TransferFilter(@Nullable String supplierCode, @Nullable String recipientCode, boolean eitherDirection,
            @Nullable TransferKind kind, @Nullable String categoryCode, @Nullable TransferStatus status,
            @Nullable Confidence confidence, @Nullable ReviewState reviewState, @Nullable LocalDate periodFrom,
            @Nullable LocalDate periodTo, @Nullable String issuerCode, @Nullable String text,
            @Nullable LocalDate addedSince, boolean flagged, @Nullable LinkedProvision provision) {
        this(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status, confidence, reviewState,
                periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision, null, null, null, false);
    }

    public static TransferFilter linkedTo(long provisionId, LinkedProvision.Linked linked) {
        return NONE.withProvision(new LinkedProvision(provisionId, linked));
    }

    public TransferFilter withProvision(@Nullable LinkedProvision newProvision) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status,
                confidence, reviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, newProvision,
                party, vessel, placeId, designatedParty);
    }

    public static TransferFilter pair(String supplierCode, String recipientCode) {
        return NONE.withPair(supplierCode, recipientCode, false);
    }

    public TransferFilter withPair(@Nullable String supplier, @Nullable String recipient, boolean either) {
        return new TransferFilter(supplier, recipient, either, kind, categoryCode, status, confidence, reviewState,
                periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision, party, vessel, placeId,
                designatedParty);
    }

    public TransferFilter withText(@Nullable String newText) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status,
                confidence, reviewState, periodFrom, periodTo, issuerCode, newText, addedSince, flagged, provision,
                party, vessel, placeId, designatedParty);
    }

    public TransferFilter withKind(@Nullable TransferKind newKind) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, newKind, categoryCode, status,
                confidence, reviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision,
                party, vessel, placeId, designatedParty);
    }

    public TransferFilter withCategory(@Nullable String newCategoryCode) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, newCategoryCode, status,
                confidence, reviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision,
                party, vessel, placeId, designatedParty);
    }

    public TransferFilter withConfidence(@Nullable Confidence newConfidence) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status,
                newConfidence, reviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision,
                party, vessel, placeId, designatedParty);
    }

    public TransferFilter withStatus(@Nullable TransferStatus newStatus) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, newStatus,
                confidence, reviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision,
                party, vessel, placeId, designatedParty);
    }

    public TransferFilter withReviewState(@Nullable ReviewState newReviewState) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status,
                confidence, newReviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision,
                party, vessel, placeId, designatedParty);
    }

    public TransferFilter withPeriod(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status,
                confidence, reviewState, from, to, issuerCode, text, addedSince, flagged, provision, party, vessel,
                placeId, designatedParty);
    }

    public TransferFilter withAddedSince(@Nullable LocalDate since) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status,
                confidence, reviewState, periodFrom, periodTo, issuerCode, text, since, flagged, provision, party,
                vessel, placeId, designatedParty);
    }

    public TransferFilter withFlagged(boolean onlyFlagged) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status,
                confidence, reviewState, periodFrom, periodTo, issuerCode, text, addedSince, onlyFlagged, provision,
                party, vessel, placeId, designatedParty);
    }

    public TransferFilter withParty(@Nullable String newParty) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status,
                confidence, reviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision,
                newParty, vessel, placeId, designatedParty);
    }

    public TransferFilter withVessel(@Nullable String newVessel) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status,
                confidence, reviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision,
                party, newVessel, placeId, designatedParty);
    }

    public TransferFilter withPlace(@Nullable Long newPlaceId) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status,
                confidence, reviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision,
                party, vessel, newPlaceId, designatedParty);
    }

    public TransferFilter withDesignatedParty(boolean onlyDesignated) {
        return new TransferFilter(supplierCode, recipientCode, eitherDirection, kind, categoryCode, status,
                confidence, reviewState, periodFrom, periodTo, issuerCode, text, addedSince, flagged, provision,
                party, vessel, placeId, onlyDesignated);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

}
