package org.transferwatch.monitoring;

import static org.jooq.impl.DSL.selectCount;
import static org.transferwatch.db.Tables.NOTIFICATION;
import static org.transferwatch.db.Tables.WATCH;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
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

    /** The watches that are not paused, for the matcher (counts left at zero: it does not need them). */
    List<Watch> active() {
        return dsl.selectFrom(WATCH).where(WATCH.PAUSED.isFalse()).orderBy(WATCH.ID)
            .fetch(row -> new Watch(row.getId(), row.getUserId(), WatchKind.of(row.getKind()), row.getTarget(),
                    row.getName(), false, EmailMode.of(row.getEmailMode()), row.getCreatedAt(), 0, 0));
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
