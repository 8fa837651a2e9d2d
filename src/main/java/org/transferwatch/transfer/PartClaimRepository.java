package org.transferwatch.transfer;

import static org.transferwatch.db.Tables.PARTY_CLAIM;
import static org.transferwatch.db.Tables.SHIPMENT_CLAIM;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;

/**
 * The claims about a transfer's parts: a party's role (party_claim) and a shipment (shipment_claim). Both tables
 * have the columns of a transfer's claims, so one set of statements serves both.
 */
@Repository
class PartClaimRepository {

    /** A part of a transfer that sources make claims about, with its claims table. */
    enum Part {

        PARTY("party_claim", "the party's role", PARTY_CLAIM, PARTY_CLAIM.ID, PARTY_CLAIM.TRANSFER_PARTY_ID,
                PARTY_CLAIM.SOURCE_ID, PARTY_CLAIM.QUOTE, PARTY_CLAIM.STANCE, PARTY_CLAIM.RELIABILITY,
                PARTY_CLAIM.CREDIBILITY, PARTY_CLAIM.CREATED_BY),

        SHIPMENT("shipment_claim", "the shipment", SHIPMENT_CLAIM, SHIPMENT_CLAIM.ID, SHIPMENT_CLAIM.SHIPMENT_ID,
                SHIPMENT_CLAIM.SOURCE_ID, SHIPMENT_CLAIM.QUOTE, SHIPMENT_CLAIM.STANCE, SHIPMENT_CLAIM.RELIABILITY,
                SHIPMENT_CLAIM.CREDIBILITY, SHIPMENT_CLAIM.CREATED_BY);

        /** The audit's entity type. */
        final String entityType;

        /** What the claims are about, as a sentence names it. */
        final String subject;

        private final Table<? extends Record> table;

        private final TableField<? extends Record, Long> id;

        private final TableField<? extends Record, Long> parentId;

        private final TableField<? extends Record, Long> sourceId;

        private final TableField<? extends Record, String> quote;

        private final TableField<? extends Record, String> stance;

        private final TableField<? extends Record, String> reliability;

        private final TableField<? extends Record, Short> credibility;

        private final TableField<? extends Record, Long> createdBy;

        Part(String entityType, String subject, Table<? extends Record> table, TableField<? extends Record, Long> id,
                TableField<? extends Record, Long> parentId, TableField<? extends Record, Long> sourceId,
                TableField<? extends Record, String> quote, TableField<? extends Record, String> stance,
                TableField<? extends Record, String> reliability, TableField<? extends Record, Short> credibility,
                TableField<? extends Record, Long> createdBy) {
            this.entityType = entityType;
            this.subject = subject;
            this.table = table;
            this.id = id;
            this.parentId = parentId;
            this.sourceId = sourceId;
            this.quote = quote;
            this.stance = stance;
            this.reliability = reliability;
            this.credibility = credibility;
            this.createdBy = createdBy;
        }

    }

    /** A stored claim about a part, before its source is looked up. */
    record Row(long id, long parentId, long sourceId, String quote, Stance stance, AdmiraltyGrade grade) {
    }

    private final DSLContext dsl;

    PartClaimRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The claims about these parts, supporting first, then by grade. */
    List<Row> findByParents(Part part, Collection<Long> parentIds) {
        return dsl.select(part.id, part.parentId, part.sourceId, part.quote, part.stance, part.reliability,
                    part.credibility)
            .from(part.table)
            .where(part.parentId.in(parentIds))
            .orderBy(part.stance.desc(), part.reliability, part.credibility, part.id)
            .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), Stance.fromDb(r.value5()),
                    new AdmiraltyGrade(r.value6().charAt(0), r.value7())));
    }

    Optional<Row> find(Part part, long id) {
        return dsl.select(part.id, part.parentId, part.sourceId, part.quote, part.stance, part.reliability,
                    part.credibility)
            .from(part.table)
            .where(part.id.eq(id))
            .fetchOptional(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), Stance.fromDb(r.value5()),
                    new AdmiraltyGrade(r.value6().charAt(0), r.value7())));
    }

    boolean exists(Part part, long parentId, long sourceId, Stance stance) {
        return dsl.fetchExists(part.table, part.parentId.eq(parentId), part.sourceId.eq(sourceId),
                part.stance.eq(stance.dbValue()));
    }

    int count(Part part, long parentId) {
        return dsl.fetchCount(part.table, part.parentId.eq(parentId));
    }

    /** The ids of the claims about the part, for auditing their removal with it. */
    List<Long> ids(Part part, long parentId) {
        return dsl.select(part.id).from(part.table).where(part.parentId.eq(parentId)).orderBy(part.id).fetch(part.id);
    }

    long insert(Part part, long parentId, NewClaim claim, long userId) {
        return dsl.insertInto(part.table)
            .set(part.parentId, parentId)
            .set(part.sourceId, claim.sourceId())
            .set(part.quote, claim.quote().strip())
            .set(part.stance, claim.stance().dbValue())
            .set(part.reliability, String.valueOf(claim.grade().reliability()))
            .set(part.credibility, (short) claim.grade().credibility())
            .set(part.createdBy, userId)
            .returning(part.id)
            .fetchSingle(part.id);
    }

    void delete(Part part, long id) {
        dsl.deleteFrom(part.table).where(part.id.eq(id)).execute();
    }

    JSONB snapshot(Part part, long id) {
        return RowSnapshots.of(dsl, part.table, part.id, id);
    }

}
