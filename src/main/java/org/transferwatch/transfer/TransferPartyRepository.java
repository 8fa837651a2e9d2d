package org.transferwatch.transfer;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;
import static org.transferwatch.db.Tables.SHIPMENT;
import static org.transferwatch.db.Tables.TRANSFER_PARTY;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;
import org.transferwatch.db.tables.records.TransferPartyRecord;

/** A transfer's parties in their roles (transfer_party): read, insert, update over a version, delete. */
@Repository
class TransferPartyRepository {

    /** A stored role of a party in a transfer. */
    record Row(long id, long transferId, long partyId, PartyRole role, @Nullable String note, long updatedBy,
            OffsetDateTime updatedAt, int version) {
    }

    private final DSLContext dsl;

    TransferPartyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Row> find(long id) {
        return dsl.selectFrom(TRANSFER_PARTY).where(TRANSFER_PARTY.ID.eq(id)).fetchOptional(TransferPartyRepository::toRow);
    }

    /** The transfer's parties in the order of the roles (manufacturer to financier), then as added. */
    List<Row> findByTransfer(long transferId) {
        return dsl.selectFrom(TRANSFER_PARTY)
            .where(TRANSFER_PARTY.TRANSFER_ID.eq(transferId))
            .orderBy(TRANSFER_PARTY.ID)
            .fetch(TransferPartyRepository::toRow)
            .stream()
            .sorted(Comparator.comparing(Row::role))
            .toList();
    }

    boolean hasRole(long transferId, long partyId, PartyRole role) {
        return dsl.fetchExists(TRANSFER_PARTY, TRANSFER_PARTY.TRANSFER_ID.eq(transferId),
                TRANSFER_PARTY.PARTY_ID.eq(partyId), TRANSFER_PARTY.ROLE.eq(role.dbValue()));
    }

    long insert(long transferId, long partyId, PartyRole role, @Nullable String note, long userId) {
        return dsl.insertInto(TRANSFER_PARTY)
            .set(TRANSFER_PARTY.TRANSFER_ID, transferId)
            .set(TRANSFER_PARTY.PARTY_ID, partyId)
            .set(TRANSFER_PARTY.ROLE, role.dbValue())
            .set(TRANSFER_PARTY.NOTE, note)
            .set(TRANSFER_PARTY.CREATED_BY, userId)
            .set(TRANSFER_PARTY.UPDATED_BY, userId)
            .returning(TRANSFER_PARTY.ID)
            .fetchSingle(TRANSFER_PARTY.ID);
    }

    /** Saves the role and note over version {@code expectedVersion}; false, changing nothing, if it moved on. */
    boolean update(long id, int expectedVersion, PartyRole role, @Nullable String note, long userId) {
        return dsl.update(TRANSFER_PARTY)
            .set(TRANSFER_PARTY.ROLE, role.dbValue())
            .set(TRANSFER_PARTY.NOTE, note)
            .set(TRANSFER_PARTY.UPDATED_BY, userId)
            .set(TRANSFER_PARTY.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(TRANSFER_PARTY.VERSION, expectedVersion + 1)
            .where(TRANSFER_PARTY.ID.eq(id), TRANSFER_PARTY.VERSION.eq(expectedVersion))
            .execute() == 1;
    }

    /** Deletes the role at version {@code expectedVersion} (its claims go with it); false if it moved on. */
    boolean delete(long id, int expectedVersion) {
        return dsl.deleteFrom(TRANSFER_PARTY)
            .where(TRANSFER_PARTY.ID.eq(id), TRANSFER_PARTY.VERSION.eq(expectedVersion))
            .execute() == 1;
    }

    JSONB snapshot(long id) {
        return RowSnapshots.of(dsl, TRANSFER_PARTY, TRANSFER_PARTY.ID, id);
    }

    /**
     * A condition on a transfer id: one of its parties, or a carrier or receiving vessel of one of its shipments,
     * is a party for which {@code designated} holds (the party feature's "confirmed designation"). The one
     * definition of "designated party involved", for the transfer's page and for filters.
     */
    static Condition involvesDesignatedParty(Field<Long> transferId, Function<Field<Long>, Condition> designated) {
        return exists(selectOne().from(TRANSFER_PARTY)
            .where(TRANSFER_PARTY.TRANSFER_ID.eq(transferId))
            .and(designated.apply(TRANSFER_PARTY.PARTY_ID)))
            .or(exists(selectOne().from(SHIPMENT)
                .where(SHIPMENT.TRANSFER_ID.eq(transferId))
                .and(designated.apply(SHIPMENT.CARRIER_PARTY_ID).or(designated.apply(SHIPMENT.RECEIVING_VESSEL_ID)))));
    }

    boolean involvesDesignatedParty(long transferId, Function<Field<Long>, Condition> designated) {
        return dsl.fetchValue(DSL.select(DSL.field(involvesDesignatedParty(DSL.val(transferId), designated))));
    }

    private static Row toRow(TransferPartyRecord r) {
        return new Row(r.getId(), r.getTransferId(), r.getPartyId(), PartyRole.fromDb(r.getRole()), r.getNote(),
                r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }

}
