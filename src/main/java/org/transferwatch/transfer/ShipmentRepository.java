package org.transferwatch.transfer;

import static org.transferwatch.db.Tables.SHIPMENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;
import org.transferwatch.db.tables.records.ShipmentRecord;

/** A transfer's shipments (legs): read, insert, update over a version, delete. */
@Repository
class ShipmentRepository {

    /** A stored leg. */
    record Row(long id, long transferId, ShipmentDraft draft, long updatedBy, OffsetDateTime updatedAt, int version) {
    }

    private final DSLContext dsl;

    ShipmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Row> find(long id) {
        return dsl.selectFrom(SHIPMENT).where(SHIPMENT.ID.eq(id)).fetchOptional(ShipmentRepository::toRow);
    }

    /** The transfer's legs, earliest first, those without a date last. */
    List<Row> findByTransfer(long transferId) {
        return dsl.selectFrom(SHIPMENT)
            .where(SHIPMENT.TRANSFER_ID.eq(transferId))
            .orderBy(SHIPMENT.PERIOD_START.nullsLast(), SHIPMENT.ID)
            .fetch(ShipmentRepository::toRow);
    }

    long insert(long transferId, ShipmentDraft draft, long userId) {
        var record = dsl.newRecord(SHIPMENT);
        apply(record, draft);
        record.setTransferId(transferId);
        record.setCreatedBy(userId);
        record.setUpdatedBy(userId);
        return dsl.insertInto(SHIPMENT).set(record).returning(SHIPMENT.ID).fetchSingle(SHIPMENT.ID);
    }

    /** Saves the leg over version {@code expectedVersion}; false, changing nothing, if it moved on. */
    boolean update(long id, int expectedVersion, ShipmentDraft draft, long userId) {
        var record = dsl.newRecord(SHIPMENT);
        apply(record, draft);
        record.setUpdatedBy(userId);
        record.setUpdatedAt(OffsetDateTime.now());
        record.setVersion(expectedVersion + 1);
        return dsl.update(SHIPMENT).set(record)
            .where(SHIPMENT.ID.eq(id), SHIPMENT.VERSION.eq(expectedVersion))
            .execute() == 1;
    }

    /** Deletes the leg at version {@code expectedVersion} (its claims go with it); false if it moved on. */
    boolean delete(long id, int expectedVersion) {
        return dsl.deleteFrom(SHIPMENT).where(SHIPMENT.ID.eq(id), SHIPMENT.VERSION.eq(expectedVersion)).execute() == 1;
    }

    JSONB snapshot(long id) {
        return RowSnapshots.of(dsl, SHIPMENT, SHIPMENT.ID, id);
    }

    private static void apply(ShipmentRecord record, ShipmentDraft draft) {
        record.setMode(draft.mode() == null ? null : draft.mode().dbValue());
        record.setShipToShip(draft.shipToShip());
        var period = draft.period();
        record.setPeriodStart(period == null ? null : period.start());
        record.setPeriodEnd(period == null ? null : period.end());
        record.setPeriodPrecision(period == null ? null : period.precision().dbValue());
        record.setCarrierPartyId(draft.carrierPartyId());
        record.setReceivingVesselId(draft.receivingVesselId());
        record.setLoadingPlaceId(draft.loadingPlaceId());
        record.setDischargePlaceId(draft.dischargePlaceId());
        record.setCrossingPlaceId(draft.crossingPlaceId());
        record.setPositionLatitude(draft.latitude());
        record.setPositionLongitude(draft.longitude());
        record.setQuantityLow(draft.quantity().low());
        record.setQuantityHigh(draft.quantity().high());
        record.setQuantityUnit(TransferPartyService.blankToNull(draft.quantity().unit()));
        record.setQuantityEstimate(draft.quantity().estimate());
        record.setNotes(TransferPartyService.blankToNull(draft.notes()));
    }

    private static Row toRow(ShipmentRecord r) {
        var period = r.getPeriodPrecision() == null ? null
                : new Period(r.getPeriodStart(), r.getPeriodEnd(), PeriodPrecision.fromDb(r.getPeriodPrecision()));
        var draft = new ShipmentDraft(ShipmentMode.fromDb(r.getMode()), r.getShipToShip(), period, r.getCarrierPartyId(),
                r.getReceivingVesselId(), r.getLoadingPlaceId(), r.getDischargePlaceId(), r.getCrossingPlaceId(),
                r.getPositionLatitude(), r.getPositionLongitude(),
                new Quantity(r.getQuantityLow(), r.getQuantityHigh(), r.getQuantityUnit(), r.getQuantityEstimate()),
                r.getNotes());
        return new Row(r.getId(), r.getTransferId(), draft, r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }

}
