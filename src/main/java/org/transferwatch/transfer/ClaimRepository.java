package org.transferwatch.transfer;

import static org.jooq.impl.DSL.countDistinct;
import static org.transferwatch.db.Tables.CLAIM_LINK;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.TRANSFER;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;
import org.transferwatch.source.CitationCounts;

/** The claims that link sources to transfers: read, find, insert, correct, remove, move, and counted per source. */
@Repository
class ClaimRepository {

    private final DSLContext dsl;

    ClaimRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The claims on the transfers, best first per transfer as {@link #findByTransfer}; published transfers only if asked. */
    List<Claim> findByTransfers(Collection<Long> transferIds, boolean publishedOnly) {
        if (transferIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(CLAIM_LINK.fields())
            .from(CLAIM_LINK)
            .join(TRANSFER).on(TRANSFER.ID.eq(CLAIM_LINK.TRANSFER_ID))
            .where(CLAIM_LINK.TRANSFER_ID.in(transferIds),
                    publishedOnly ? TransferFilterRepository.published() : DSL.noCondition())
            .orderBy(CLAIM_LINK.TRANSFER_ID, CLAIM_LINK.STANCE.desc(), CLAIM_LINK.RELIABILITY, CLAIM_LINK.CREDIBILITY,
                    CLAIM_LINK.ID)
            .fetch(this::toClaim);
    }

    List<Claim> findByTransfer(long transferId) {
        return dsl.selectFrom(CLAIM_LINK)
            .where(CLAIM_LINK.TRANSFER_ID.eq(transferId))
            .orderBy(CLAIM_LINK.STANCE.desc(), CLAIM_LINK.RELIABILITY, CLAIM_LINK.CREDIBILITY, CLAIM_LINK.ID)
            .fetch(this::toClaim);
    }

    Optional<Claim> findById(long claimId) {
        return dsl.selectFrom(CLAIM_LINK).where(CLAIM_LINK.ID.eq(claimId)).fetchOptional(this::toClaim);
    }

    /** Who last changed the claim and when, for the sentence that refuses a save over their change. */
    Optional<Record2<Long, OffsetDateTime>> lastChange(long claimId) {
        return dsl.select(CLAIM_LINK.UPDATED_BY, CLAIM_LINK.UPDATED_AT).from(CLAIM_LINK).where(CLAIM_LINK.ID.eq(claimId))
            .fetchOptional();
    }

    Optional<Long> find(long transferId, long sourceId, Stance stance) {
        return dsl.select(CLAIM_LINK.ID)
            .from(CLAIM_LINK)
            .where(CLAIM_LINK.TRANSFER_ID.eq(transferId), CLAIM_LINK.SOURCE_ID.eq(sourceId),
                    CLAIM_LINK.STANCE.eq(stance.dbValue()))
            .fetchOptional(CLAIM_LINK.ID);
    }

    long insert(long transferId, NewClaim claim, long userId) {
        return dsl.insertInto(CLAIM_LINK)
            .set(CLAIM_LINK.TRANSFER_ID, transferId)
            .set(CLAIM_LINK.SOURCE_ID, claim.sourceId())
            .set(CLAIM_LINK.QUOTE, claim.quote().strip())
            .set(CLAIM_LINK.STANCE, claim.stance().dbValue())
            .set(CLAIM_LINK.RELIABILITY, String.valueOf(claim.grade().reliability()))
            .set(CLAIM_LINK.CREDIBILITY, (short) claim.grade().credibility())
            .set(CLAIM_LINK.CREATED_BY, userId)
            .set(CLAIM_LINK.UPDATED_BY, userId)
            .returning(CLAIM_LINK.ID)
            .fetchSingle(CLAIM_LINK.ID);
    }

    /** Saves the corrected quote, stance and grade over version {@code expectedVersion}; false if it moved on. */
    boolean update(long claimId, int expectedVersion, ClaimCorrection correction, long userId) {
        var grade = Objects.requireNonNull(correction.grade());
        return dsl.update(CLAIM_LINK)
            .set(CLAIM_LINK.QUOTE, Objects.requireNonNull(correction.quote()).strip())
            .set(CLAIM_LINK.STANCE, Objects.requireNonNull(correction.stance()).dbValue())
            .set(CLAIM_LINK.RELIABILITY, String.valueOf(grade.reliability()))
            .set(CLAIM_LINK.CREDIBILITY, (short) grade.credibility())
            .set(CLAIM_LINK.UPDATED_BY, userId)
            .set(CLAIM_LINK.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(CLAIM_LINK.VERSION, CLAIM_LINK.VERSION.plus(1))
            .where(CLAIM_LINK.ID.eq(claimId).and(CLAIM_LINK.VERSION.eq(expectedVersion)))
            .execute() == 1;
    }

    /** Removes the claim at version {@code expectedVersion}; false, removing nothing, if it moved on. */
    boolean delete(long claimId, int expectedVersion) {
        return dsl.deleteFrom(CLAIM_LINK)
            .where(CLAIM_LINK.ID.eq(claimId).and(CLAIM_LINK.VERSION.eq(expectedVersion)))
            .execute() == 1;
    }

    /**
     * Moves a transfer's claims to another transfer, except those the other already has (the same source with the
     * same stance): they stay where they are. Returns the ids of the claims moved.
     */
    List<Long> moveAll(long fromTransferId, long toTransferId, long userId) {
        var there = CLAIM_LINK.as("there");
        return dsl.update(CLAIM_LINK)
            .set(CLAIM_LINK.TRANSFER_ID, toTransferId)
            .set(CLAIM_LINK.UPDATED_BY, userId)
            .set(CLAIM_LINK.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(CLAIM_LINK.VERSION, CLAIM_LINK.VERSION.plus(1))
            .where(CLAIM_LINK.TRANSFER_ID.eq(fromTransferId))
            .andNotExists(DSL.selectOne().from(there).where(there.TRANSFER_ID.eq(toTransferId),
                    there.SOURCE_ID.eq(CLAIM_LINK.SOURCE_ID), there.STANCE.eq(CLAIM_LINK.STANCE)))
            .returning(CLAIM_LINK.ID)
            .fetch(CLAIM_LINK.ID);
    }

    /** The transfer's claims as the audit keeps them, one snapshot each. */
    List<JSONB> snapshotsOf(long transferId) {
        var row = CLAIM_LINK.as("snapshot");
        return dsl.select(RowSnapshots.ofRow(row)).from(row).where(row.TRANSFER_ID.eq(transferId)).orderBy(row.ID)
            .fetch(r -> r.value1());
    }

    /**
     * Per source, how many distinct transfers it supports and disputes, in one grouped query; with
     * {@code publishedOnly}, only transfers viewers may see count.
     */
    Map<Long, CitationCounts> countsBySource(Collection<Long> sourceIds, boolean publishedOnly) {
        var supporting = countDistinct(CLAIM_LINK.TRANSFER_ID).filterWhere(CLAIM_LINK.STANCE.eq(Stance.SUPPORTS.dbValue()));
        var disputing = countDistinct(CLAIM_LINK.TRANSFER_ID).filterWhere(CLAIM_LINK.STANCE.eq(Stance.DISPUTES.dbValue()));
        return dsl.select(CLAIM_LINK.SOURCE_ID, supporting, disputing)
            .from(CLAIM_LINK)
            .join(TRANSFER).on(TRANSFER.ID.eq(CLAIM_LINK.TRANSFER_ID))
            .where(CLAIM_LINK.SOURCE_ID.in(sourceIds))
            .and(publishedOnly ? TRANSFER.REVIEW_STATE.eq(ReviewState.PUBLISHED.dbValue()) : DSL.noCondition())
            .groupBy(CLAIM_LINK.SOURCE_ID)
            .fetchMap(r -> r.value1(), r -> new CitationCounts(r.value2(), r.value3()));
    }

    /** A source's claims with the transfers they are about, newest transfer first. */
    List<SourceClaim> findBySource(long sourceId, boolean publishedOnly) {
        var supplier = COUNTRY.as("supplier");
        var recipient = COUNTRY.as("recipient");
        return dsl.select(TRANSFER.ID, supplier.NAME, recipient.NAME, TRANSFER.ITEM, TRANSFER.STATUS, TRANSFER.REVIEW_STATE,
                    CLAIM_LINK.STANCE, CLAIM_LINK.QUOTE, CLAIM_LINK.RELIABILITY, CLAIM_LINK.CREDIBILITY)
            .from(CLAIM_LINK)
            .join(TRANSFER).on(TRANSFER.ID.eq(CLAIM_LINK.TRANSFER_ID))
            .join(supplier).on(supplier.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(recipient).on(recipient.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .where(CLAIM_LINK.SOURCE_ID.eq(sourceId))
            .and(publishedOnly ? TRANSFER.REVIEW_STATE.eq(ReviewState.PUBLISHED.dbValue()) : DSL.noCondition())
            .orderBy(TRANSFER.ID.desc(), CLAIM_LINK.STANCE.desc(), CLAIM_LINK.ID)
            .fetch(r -> new SourceClaim(r.value1(), r.value2(), r.value3(), r.value4(), TransferStatus.fromDb(r.value5()),
                    ReviewState.fromDb(r.value6()), Stance.fromDb(r.value7()), r.value8(),
                    new AdmiraltyGrade(r.value9().charAt(0), r.value10())));
    }

    JSONB snapshot(long id) {
        return RowSnapshots.of(dsl, CLAIM_LINK, CLAIM_LINK.ID, id);
    }

    private Claim toClaim(Record r) {
        return new Claim(r.get(CLAIM_LINK.ID), r.get(CLAIM_LINK.TRANSFER_ID), r.get(CLAIM_LINK.SOURCE_ID),
                r.get(CLAIM_LINK.QUOTE), Stance.fromDb(r.get(CLAIM_LINK.STANCE)),
                new AdmiraltyGrade(r.get(CLAIM_LINK.RELIABILITY).charAt(0), r.get(CLAIM_LINK.CREDIBILITY)),
                r.get(CLAIM_LINK.VERSION));
    }

}
