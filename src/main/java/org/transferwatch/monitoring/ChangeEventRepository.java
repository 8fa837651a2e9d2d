package org.transferwatch.monitoring;

import static org.transferwatch.db.Tables.CHANGE_EVENT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Reads the outbox ({@code change_event}); its rows are written by the database, from the audit events. */
@Repository
class ChangeEventRepository {

    private final DSLContext dsl;

    ChangeEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ChangeEvent> ofTransfer(long transferId) {
        return dsl.selectFrom(CHANGE_EVENT)
            .where(CHANGE_EVENT.TRANSFER_ID.eq(transferId))
            .orderBy(CHANGE_EVENT.ID)
            .fetch(ChangeEventRepository::event);
    }

    /**
     * Up to {@code limit} events no matcher has handled yet, oldest first, locked for this transaction; events
     * another node's matcher holds are skipped rather than waited for, so two nodes share the work.
     */
    List<ChangeEvent> claimUnmatched(int limit) {
        return dsl.selectFrom(CHANGE_EVENT)
            .where(CHANGE_EVENT.MATCHED_AT.isNull())
            .orderBy(CHANGE_EVENT.ID)
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .fetch(ChangeEventRepository::event);
    }

    void markMatched(Collection<Long> ids, OffsetDateTime at) {
        dsl.update(CHANGE_EVENT).set(CHANGE_EVENT.MATCHED_AT, at).where(CHANGE_EVENT.ID.in(ids)).execute();
    }

    static ChangeEvent event(Record row) {
        return new ChangeEvent(row.get(CHANGE_EVENT.ID), row.get(CHANGE_EVENT.OCCURRED_AT),
                row.get(CHANGE_EVENT.TRANSFER_ID), ChangeKind.of(row.get(CHANGE_EVENT.KIND)),
                row.get(CHANGE_EVENT.ACTOR_ID), row.get(CHANGE_EVENT.ACTOR_NAME), row.get(CHANGE_EVENT.BEFORE_VALUE),
                row.get(CHANGE_EVENT.AFTER_VALUE), row.get(CHANGE_EVENT.DETAIL), row.get(CHANGE_EVENT.PUBLIC));
    }

}
