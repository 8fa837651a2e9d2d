package org.transferwatch.transfer;

import static org.transferwatch.db.Tables.CLAIM_LINK;
import static org.transferwatch.db.Tables.SHIPMENT;
import static org.transferwatch.db.Tables.TRANSFER_PARTY;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Moves a merged transfer's parties (with their claims) and shipments (with theirs) to the transfer kept, skipping
 * exact duplicates: a party the kept transfer has in the same role, a shipment it has with the same mode, dates,
 * carrier, vessel and places. What is skipped stays with the merged transfer.
 */
@Repository
class TransferMergeRepository {

    private final DSLContext dsl;

    TransferMergeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** How many claims, parties and shipments the transfer still has. */
    int partsOf(long transferId) {
        return dsl.fetchCount(CLAIM_LINK, CLAIM_LINK.TRANSFER_ID.eq(transferId))
                + dsl.fetchCount(TRANSFER_PARTY, TRANSFER_PARTY.TRANSFER_ID.eq(transferId))
                + dsl.fetchCount(SHIPMENT, SHIPMENT.TRANSFER_ID.eq(transferId));
    }

    /** The survivor's side of a merge as its history shows it: where from, what moved, what stayed behind. */
    JSONB survivorRecord(String mergedFrom, String moved, String leftBehind) {
        return dsl.select(DSL.jsonbObject(DSL.key("merged_from").value(mergedFrom), DSL.key("moved").value(moved),
                DSL.key("left_behind").value(leftBehind))).fetchSingle().value1();
    }

    List<Long> moveParties(long fromTransferId, long toTransferId, long userId) {
        var there = TRANSFER_PARTY.as("there");
        return dsl.update(TRANSFER_PARTY)
            .set(TRANSFER_PARTY.TRANSFER_ID, toTransferId)
            .set(TRANSFER_PARTY.UPDATED_BY, userId)
            .set(TRANSFER_PARTY.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(TRANSFER_PARTY.VERSION, TRANSFER_PARTY.VERSION.plus(1))
            .where(TRANSFER_PARTY.TRANSFER_ID.eq(fromTransferId))
            .andNotExists(DSL.selectOne().from(there).where(there.TRANSFER_ID.eq(toTransferId),
                    there.PARTY_ID.eq(TRANSFER_PARTY.PARTY_ID), there.ROLE.eq(TRANSFER_PARTY.ROLE)))
            .returning(TRANSFER_PARTY.ID)
            .fetch(TRANSFER_PARTY.ID);
    }

    List<Long> moveShipments(long fromTransferId, long toTransferId, long userId) {
        var there = SHIPMENT.as("there");
        return dsl.update(SHIPMENT)
            .set(SHIPMENT.TRANSFER_ID, toTransferId)
            .set(SHIPMENT.UPDATED_BY, userId)
            .set(SHIPMENT.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(SHIPMENT.VERSION, SHIPMENT.VERSION.plus(1))
            .where(SHIPMENT.TRANSFER_ID.eq(fromTransferId))
            .andNotExists(DSL.selectOne().from(there).where(there.TRANSFER_ID.eq(toTransferId),
                    there.MODE.eq(SHIPMENT.MODE), there.SHIP_TO_SHIP.eq(SHIPMENT.SHIP_TO_SHIP),
                    there.PERIOD_START.isNotDistinctFrom(SHIPMENT.PERIOD_START),
                    there.PERIOD_END.isNotDistinctFrom(SHIPMENT.PERIOD_END),
                    there.CARRIER_PARTY_ID.isNotDistinctFrom(SHIPMENT.CARRIER_PARTY_ID),
                    there.RECEIVING_VESSEL_ID.isNotDistinctFrom(SHIPMENT.RECEIVING_VESSEL_ID),
                    there.LOADING_PLACE_ID.isNotDistinctFrom(SHIPMENT.LOADING_PLACE_ID),
                    there.DISCHARGE_PLACE_ID.isNotDistinctFrom(SHIPMENT.DISCHARGE_PLACE_ID),
                    there.CROSSING_PLACE_ID.isNotDistinctFrom(SHIPMENT.CROSSING_PLACE_ID)))
            .returning(SHIPMENT.ID)
            .fetch(SHIPMENT.ID);
    }

}
