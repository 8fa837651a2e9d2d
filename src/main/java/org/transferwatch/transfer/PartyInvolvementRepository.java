package org.transferwatch.transfer;

import static org.jooq.impl.DSL.selectOne;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.PARTY_CLAIM;
import static org.transferwatch.db.Tables.SHIPMENT;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.db.Tables.TRANSFER_PARTY;

import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.db.tables.Country;
import org.transferwatch.db.tables.TransferParty;

/** Which transfers and shipments a party takes part in, and the move of its links when two parties are merged. */
@Repository
class PartyInvolvementRepository {

    private static final Country SUPPLIER = COUNTRY.as("supplier");

    private static final Country RECIPIENT = COUNTRY.as("recipient");

    private final DSLContext dsl;

    PartyInvolvementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The party's roles in transfers matching {@code visible}, newest transfer first. */
    List<Involvement> involvements(long partyId, Condition visible) {
        return dsl.select(TRANSFER.ID, SUPPLIER.NAME, RECIPIENT.NAME, TRANSFER.ITEM, TRANSFER_PARTY.ROLE,
                    TRANSFER.REVIEW_STATE, TRANSFER.PERIOD_START, TRANSFER.PERIOD_END, TRANSFER.PERIOD_PRECISION)
            .from(TRANSFER_PARTY)
            .join(TRANSFER).on(TRANSFER.ID.eq(TRANSFER_PARTY.TRANSFER_ID))
            .join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .where(TRANSFER_PARTY.PARTY_ID.eq(partyId))
            .and(visible)
            .orderBy(TRANSFER.ID.desc(), TRANSFER_PARTY.ROLE)
            .fetch(row -> new Involvement(row.get(TRANSFER.ID), row.get(SUPPLIER.NAME), row.get(RECIPIENT.NAME),
                    row.get(TRANSFER.ITEM), PartyRole.fromDb(row.get(TRANSFER_PARTY.ROLE)),
                    ReviewState.fromDb(row.get(TRANSFER.REVIEW_STATE)), period(row)));
    }

    /** The legs the party carried or received (ship to ship) in transfers matching {@code visible}, latest first. */
    List<Leg> legs(long partyId, Condition visible) {
        return dsl.select(SHIPMENT.ID, SHIPMENT.TRANSFER_ID, TRANSFER.ITEM, SHIPMENT.MODE, SHIPMENT.CARRIER_PARTY_ID,
                    SHIPMENT.PERIOD_START, SHIPMENT.PERIOD_END, SHIPMENT.PERIOD_PRECISION, SHIPMENT.LOADING_PLACE_ID,
                    SHIPMENT.CROSSING_PLACE_ID, SHIPMENT.DISCHARGE_PLACE_ID)
            .from(SHIPMENT)
            .join(TRANSFER).on(TRANSFER.ID.eq(SHIPMENT.TRANSFER_ID))
            .where(SHIPMENT.CARRIER_PARTY_ID.eq(partyId).or(SHIPMENT.RECEIVING_VESSEL_ID.eq(partyId)))
            .and(visible)
            .orderBy(SHIPMENT.PERIOD_START.desc().nullsLast(), SHIPMENT.ID.desc())
            .fetch(row -> new Leg(row.get(SHIPMENT.ID), row.get(SHIPMENT.TRANSFER_ID), row.get(TRANSFER.ITEM),
                    ShipmentMode.fromDb(row.get(SHIPMENT.MODE)), partyId == row.get(SHIPMENT.CARRIER_PARTY_ID),
                    shipmentPeriod(row), row.get(SHIPMENT.LOADING_PLACE_ID), row.get(SHIPMENT.CROSSING_PLACE_ID),
                    row.get(SHIPMENT.DISCHARGE_PLACE_ID)));
    }

    /**
     * Moves the party's roles and legs to {@code intoPartyId}. Where the kept party already has the same role in
     * the same transfer, the merged role's claims join that one (a source's claim the kept role already has with
     * the same stance is kept once) and the merged role goes.
     */
    int moveLinks(long fromPartyId, long intoPartyId) {
        TransferParty merged = TRANSFER_PARTY.as("merged");
        TransferParty kept = TRANSFER_PARTY.as("kept");
        var duplicatedRoles = dsl.select(merged.ID, kept.ID)
            .from(merged)
            .join(kept).on(kept.TRANSFER_ID.eq(merged.TRANSFER_ID)).and(kept.ROLE.eq(merged.ROLE))
            .where(merged.PARTY_ID.eq(fromPartyId))
            .and(kept.PARTY_ID.eq(intoPartyId))
            .fetch();
        var existing = PARTY_CLAIM.as("existing");
        for (var roles : duplicatedRoles) {
            dsl.update(PARTY_CLAIM)
                .set(PARTY_CLAIM.TRANSFER_PARTY_ID, roles.value2())
                .where(PARTY_CLAIM.TRANSFER_PARTY_ID.eq(roles.value1()))
                .andNotExists(selectOne().from(existing)
                    .where(existing.TRANSFER_PARTY_ID.eq(roles.value2()))
                    .and(existing.SOURCE_ID.eq(PARTY_CLAIM.SOURCE_ID))
                    .and(existing.STANCE.eq(PARTY_CLAIM.STANCE)))
                .execute();
            dsl.deleteFrom(TRANSFER_PARTY).where(TRANSFER_PARTY.ID.eq(roles.value1())).execute();
        }
        var rolesMoved = dsl.update(TRANSFER_PARTY)
            .set(TRANSFER_PARTY.PARTY_ID, intoPartyId)
            .where(TRANSFER_PARTY.PARTY_ID.eq(fromPartyId))
            .execute();
        var carriersMoved = dsl.update(SHIPMENT)
            .set(SHIPMENT.CARRIER_PARTY_ID, intoPartyId)
            .where(SHIPMENT.CARRIER_PARTY_ID.eq(fromPartyId))
            .execute();
        var receiversMoved = dsl.update(SHIPMENT)
            .set(SHIPMENT.RECEIVING_VESSEL_ID, intoPartyId)
            .where(SHIPMENT.RECEIVING_VESSEL_ID.eq(fromPartyId))
            .execute();
        return duplicatedRoles.size() + rolesMoved + carriersMoved + receiversMoved;
    }

    private static @Nullable Period period(Record row) {
        var precision = row.get(TRANSFER.PERIOD_PRECISION);
        return precision == null ? null
                : new Period(row.get(TRANSFER.PERIOD_START), row.get(TRANSFER.PERIOD_END), PeriodPrecision.fromDb(precision));
    }

    private static @Nullable Period shipmentPeriod(Record row) {
        var precision = row.get(SHIPMENT.PERIOD_PRECISION);
        return precision == null ? null
                : new Period(row.get(SHIPMENT.PERIOD_START), row.get(SHIPMENT.PERIOD_END), PeriodPrecision.fromDb(precision));
    }

    record Involvement(long transferId, String supplierName, String recipientName, String item, PartyRole role,
            ReviewState reviewState, @Nullable Period period) {
    }

    record Leg(long shipmentId, long transferId, String item, ShipmentMode mode, boolean carrier,
            @Nullable Period period,
            @Nullable Long loadingPlaceId, @Nullable Long crossingPlaceId,
            @Nullable Long dischargePlaceId) {
    }

}
