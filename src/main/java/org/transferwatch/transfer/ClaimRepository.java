package org.transferwatch.transfer;

import static org.jooq.impl.DSL.field;
import static org.transferwatch.db.Tables.CLAIM_LINK;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class ClaimRepository {

    private final DSLContext dsl;

    ClaimRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Claim> findByTransfer(long transferId) {
        return dsl.selectFrom(CLAIM_LINK)
            .where(CLAIM_LINK.TRANSFER_ID.eq(transferId))
            .orderBy(CLAIM_LINK.STANCE.desc(), CLAIM_LINK.RELIABILITY, CLAIM_LINK.CREDIBILITY, CLAIM_LINK.ID)
            .fetch(this::toClaim);
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

    JSONB snapshot(long id) {
        return dsl.select(field("to_jsonb({0})", JSONB.class, DSL.name("snapshot")))
            .from(CLAIM_LINK.as("snapshot"))
            .where(CLAIM_LINK.as("snapshot").ID.eq(id))
            .fetchSingle()
            .value1();
    }

    private Claim toClaim(Record r) {
        return new Claim(r.get(CLAIM_LINK.ID), r.get(CLAIM_LINK.TRANSFER_ID), r.get(CLAIM_LINK.SOURCE_ID),
                r.get(CLAIM_LINK.QUOTE), Stance.fromDb(r.get(CLAIM_LINK.STANCE)),
                new AdmiraltyGrade(r.get(CLAIM_LINK.RELIABILITY).charAt(0), r.get(CLAIM_LINK.CREDIBILITY)),
                r.get(CLAIM_LINK.VERSION));
    }

}
