package org.transferwatch.monitoring;

import static org.transferwatch.db.Tables.CHANGE_EVENT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
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

    /**
     * Up to {@code limit} events after the cursor (transaction, id), in that order, of transactions that ended
     * before every transaction still running began: an event whose transaction commits later cannot then sort
     * before one already handed out, so a reader resuming from its cursor misses nothing.
     */
    List<Positioned> after(@Nullable Cursor cursor, boolean publicOnly, int limit) {
        var position = DSL.field("{0}::text", String.class, CHANGE_EVENT.TRANSACTION_ID);
        // The reader's own transaction counts as ended for itself: it sees its own events (a reader that writes
        // nothing, as the API's, never has any).
        var condition = DSL.condition("({0} < pg_snapshot_xmin(pg_current_snapshot()) or {0} = pg_current_xact_id_if_assigned())",
                CHANGE_EVENT.TRANSACTION_ID);
        if (cursor != null) {
            condition = condition.and(DSL.condition("({0}, {1}) > ({2}::xid8, {3})", CHANGE_EVENT.TRANSACTION_ID,
                    CHANGE_EVENT.ID, DSL.val(Long.toString(cursor.transaction())), DSL.val(cursor.id())));
        }
        if (publicOnly) {
            condition = condition.and(CHANGE_EVENT.PUBLIC.isTrue());
        }
        return dsl.select(CHANGE_EVENT.fields()).select(position)
            .from(CHANGE_EVENT)
            .where(condition)
            .orderBy(CHANGE_EVENT.TRANSACTION_ID, CHANGE_EVENT.ID)
            .limit(limit)
            .fetch(row -> new Positioned(event(row), new Cursor(Long.parseLong(row.get(position)), row.get(CHANGE_EVENT.ID))));
    }

    /** Where a reader of the change feed stands: after this event of this transaction. */
    record Cursor(long transaction, long id) {

        String text() {
            return transaction + "." + id;
        }

        static Cursor parse(String text) {
            var parts = text.strip().split("\\.");
            try {
                if (parts.length == 2) {
                    return new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                }
            }
            catch (NumberFormatException e) {
                // said below
            }
            throw new org.transferwatch.base.ValidationException("The cursor \"" + (text.length() > 40
                    ? text.substring(0, 40) + "…" : text) + "\" is not one this feed gave out; pass the \"next\" "
                    + "value of the previous answer, or no cursor to start from the beginning.");
        }
    }

    record Positioned(ChangeEvent event, Cursor cursor) {
    }

    /** Deletes the matched events older than the cutoff (their notifications go with them). */
    int deleteMatchedBefore(OffsetDateTime cutoff) {
        return dsl.deleteFrom(CHANGE_EVENT)
            .where(CHANGE_EVENT.MATCHED_AT.isNotNull(), CHANGE_EVENT.OCCURRED_AT.lt(cutoff))
            .execute();
    }

    static ChangeEvent event(Record row) {
        return new ChangeEvent(row.get(CHANGE_EVENT.ID), row.get(CHANGE_EVENT.OCCURRED_AT),
                row.get(CHANGE_EVENT.TRANSFER_ID), ChangeKind.of(row.get(CHANGE_EVENT.KIND)),
                row.get(CHANGE_EVENT.ACTOR_ID), row.get(CHANGE_EVENT.ACTOR_NAME), row.get(CHANGE_EVENT.BEFORE_VALUE),
                row.get(CHANGE_EVENT.AFTER_VALUE), row.get(CHANGE_EVENT.DETAIL), row.get(CHANGE_EVENT.PUBLIC));
    }

}
