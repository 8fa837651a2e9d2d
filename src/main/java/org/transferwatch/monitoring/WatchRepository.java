package org.transferwatch.monitoring;

import static org.jooq.impl.DSL.selectCount;
import static org.transferwatch.db.Tables.NOTIFICATION;
import static org.transferwatch.db.Tables.WATCH;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class WatchRepository {

    private static final Field<Integer> MATCHED = selectCount().from(NOTIFICATION)
        .where(NOTIFICATION.WATCH_ID.eq(WATCH.ID)).asField("matched");

    private static final Field<Integer> UNREAD = selectCount().from(NOTIFICATION)
        .where(NOTIFICATION.WATCH_ID.eq(WATCH.ID), NOTIFICATION.READ_AT.isNull()).asField("unread");

    private final DSLContext dsl;

    WatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts the watch unless the user watches the same thing already; the watch's id either way. */
    long insertOrFind(long userId, WatchKind kind, String target, String name) {
        var inserted = dsl.insertInto(WATCH)
            .set(WATCH.USER_ID, userId)
            .set(WATCH.KIND, kind.code())
            .set(WATCH.TARGET, target)
            .set(WATCH.NAME, name)
            .onConflictDoNothing()
            .returning(WATCH.ID)
            .fetchOptional(WATCH.ID);
        return inserted.orElseGet(() -> find(userId, kind, target).orElseThrow());
    }

    Optional<Long> find(long userId, WatchKind kind, String target) {
        return dsl.select(WATCH.ID).from(WATCH)
            .where(WATCH.USER_ID.eq(userId), WATCH.KIND.eq(kind.code()), WATCH.TARGET.eq(target))
            .fetchOptional(WATCH.ID);
    }

    List<Watch> ofUser(long userId) {
        return dsl.select(WATCH.asterisk(), MATCHED, UNREAD).from(WATCH)
            .where(WATCH.USER_ID.eq(userId))
            .orderBy(WATCH.NAME, WATCH.ID)
            .fetch(WatchRepository::watch);
    }

    Optional<Watch> findOwned(long userId, long watchId) {
        return dsl.select(WATCH.asterisk(), MATCHED, UNREAD).from(WATCH)
            .where(WATCH.USER_ID.eq(userId), WATCH.ID.eq(watchId))
            .fetchOptional(WatchRepository::watch);
    }

    /** A watch not paused whose target is one of a changed transfer's keys. */
    record Candidate(Watch watch, long transferId) {
    }

    /**
     * The watches not paused whose target is a key of the changed transfers, with the transfer, in one statement:
     * the keys of each kind (subqueries of transfer id and key) joined with the watches' (kind, target) index.
     * Counts are left at zero: the matcher does not need them.
     */
    List<Candidate> activeKeyedTo(Map<WatchKind, Select<Record2<Long, String>>> keysByKind) {
        Select<Record3<String, Long, String>> keys = null;
        for (var entry : keysByKind.entrySet()) {
            var kind = entry.getKey().code();
            var of = entry.getValue().asTable("keys_" + kind, "transfer_id", "target");
            var select = DSL.select(DSL.inline(kind).as("kind"), of.field("transfer_id", Long.class),
                    of.field("target", String.class)).from(of);
            keys = keys == null ? select : keys.unionAll(select);
        }
        if (keys == null) {
            return List.of();
        }
        var key = keys.asTable("key", "kind", "transfer_id", "target");
        var transferId = key.field("transfer_id", Long.class);
        return dsl.select(WATCH.asterisk(), transferId).from(key)
            .join(WATCH).on(WATCH.KIND.eq(key.field("kind", String.class)), WATCH.TARGET.eq(key.field("target", String.class)))
            .where(WATCH.PAUSED.isFalse())
            .fetch(row -> new Candidate(unCounted(row), row.get(transferId)));
    }

    /** The transfers as their own keys, (id, id as text): for the watches on single transfers. */
    static Select<Record2<Long, String>> themselves(Collection<Long> transferIds) {
        var batch = DSL.unnest(transferIds.toArray(Long[]::new)).as("batch", "id");
        var id = batch.field("id", Long.class);
        return DSL.select(id, id.cast(String.class)).from(batch);
    }

    /** The filter watches not paused: each is matched by its own conditions. */
    List<Watch> activeFilters() {
        return dsl.select(WATCH.asterisk()).from(WATCH)
            .where(WATCH.PAUSED.isFalse(), WATCH.KIND.eq(WatchKind.FILTER.code()))
            .orderBy(WATCH.ID)
            .fetch(WatchRepository::unCounted);
    }

    private static Watch unCounted(Record row) {
        return new Watch(row.get(WATCH.ID), row.get(WATCH.USER_ID), WatchKind.of(row.get(WATCH.KIND)),
                row.get(WATCH.TARGET), row.get(WATCH.NAME), row.get(WATCH.PAUSED), EmailMode.of(row.get(WATCH.EMAIL_MODE)),
                row.get(WATCH.CREATED_AT), 0, 0);
    }

    boolean rename(long userId, long watchId, String name) {
        return dsl.update(WATCH).set(WATCH.NAME, name).set(WATCH.VERSION, WATCH.VERSION.plus(1))
            .where(WATCH.USER_ID.eq(userId), WATCH.ID.eq(watchId)).execute() == 1;
    }

    boolean pause(long userId, long watchId, boolean paused) {
        return dsl.update(WATCH).set(WATCH.PAUSED, paused).set(WATCH.VERSION, WATCH.VERSION.plus(1))
            .where(WATCH.USER_ID.eq(userId), WATCH.ID.eq(watchId)).execute() == 1;
    }

    boolean setEmailMode(long userId, long watchId, EmailMode mode) {
        return dsl.update(WATCH).set(WATCH.EMAIL_MODE, mode.code()).set(WATCH.VERSION, WATCH.VERSION.plus(1))
            .where(WATCH.USER_ID.eq(userId), WATCH.ID.eq(watchId)).execute() == 1;
    }

    boolean delete(long userId, long watchId) {
        return dsl.deleteFrom(WATCH).where(WATCH.USER_ID.eq(userId), WATCH.ID.eq(watchId)).execute() == 1;
    }

    private static Watch watch(Record row) {
        return new Watch(row.get(WATCH.ID), row.get(WATCH.USER_ID), WatchKind.of(row.get(WATCH.KIND)),
                row.get(WATCH.TARGET), row.get(WATCH.NAME), row.get(WATCH.PAUSED), EmailMode.of(row.get(WATCH.EMAIL_MODE)),
                row.get(WATCH.CREATED_AT), row.get(MATCHED), row.get(UNREAD));
    }

}
