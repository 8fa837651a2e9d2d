package org.transferwatch.monitoring;

import static org.transferwatch.db.Tables.CHANGE_EVENT;
import static org.transferwatch.db.Tables.NOTIFICATION;
import static org.transferwatch.db.Tables.WATCH;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    /** A notification to store: the event, the watch that matched it, and the watch's owner. */
    record Pending(long eventId, long watchId, long userId) {
    }

    private final DSLContext dsl;

    NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the notifications in one statement; one that exists already (a matcher restarted) is left as it is. */
    int insertAll(Collection<Pending> pending) {
        if (pending.isEmpty()) {
            return 0;
        }
        var insert = dsl.insertInto(NOTIFICATION, NOTIFICATION.EVENT_ID, NOTIFICATION.WATCH_ID, NOTIFICATION.USER_ID);
        for (var p : pending) {
            insert = insert.values(p.eventId(), p.watchId(), p.userId());
        }
        return insert.onConflictDoNothing().execute();
    }

    int unreadCount(long userId) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(userId), NOTIFICATION.READ_AT.isNull());
    }

    /** The user's newest notifications, newest first. */
    List<Notification> newest(long userId, int limit) {
        return dsl.select(NOTIFICATION.ID, NOTIFICATION.WATCH_ID, WATCH.NAME, NOTIFICATION.READ_AT)
            .select(CHANGE_EVENT.fields())
            .from(NOTIFICATION)
            .join(WATCH).on(WATCH.ID.eq(NOTIFICATION.WATCH_ID))
            .join(CHANGE_EVENT).on(CHANGE_EVENT.ID.eq(NOTIFICATION.EVENT_ID))
            .where(NOTIFICATION.USER_ID.eq(userId))
            .orderBy(NOTIFICATION.EVENT_ID.desc(), NOTIFICATION.ID.desc())
            .limit(limit)
            .fetch(NotificationRepository::notification);
    }

    /** The newest notifications of one of the user's watches, newest first. */
    List<Notification> newestOfWatch(long userId, long watchId, int limit) {
        return dsl.select(NOTIFICATION.ID, NOTIFICATION.WATCH_ID, WATCH.NAME, NOTIFICATION.READ_AT)
            .select(CHANGE_EVENT.fields())
            .from(NOTIFICATION)
            .join(WATCH).on(WATCH.ID.eq(NOTIFICATION.WATCH_ID))
            .join(CHANGE_EVENT).on(CHANGE_EVENT.ID.eq(NOTIFICATION.EVENT_ID))
            .where(NOTIFICATION.USER_ID.eq(userId), NOTIFICATION.WATCH_ID.eq(watchId))
            .orderBy(NOTIFICATION.EVENT_ID.desc())
            .limit(limit)
            .fetch(NotificationRepository::notification);
    }

    /** Deletes the notifications stored before the cutoff; how many. */
    int deleteBefore(OffsetDateTime cutoff) {
        return dsl.deleteFrom(NOTIFICATION).where(NOTIFICATION.CREATED_AT.lt(cutoff)).execute();
    }

    boolean markRead(long userId, long notificationId, OffsetDateTime at) {
        return dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
            .where(NOTIFICATION.USER_ID.eq(userId), NOTIFICATION.ID.eq(notificationId), NOTIFICATION.READ_AT.isNull())
            .execute() == 1;
    }

    int markAllRead(long userId, OffsetDateTime at) {
        return dsl.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
            .where(NOTIFICATION.USER_ID.eq(userId), NOTIFICATION.READ_AT.isNull())
            .execute();
    }

    private static Notification notification(Record row) {
        return new Notification(row.get(NOTIFICATION.ID), row.get(NOTIFICATION.WATCH_ID), row.get(WATCH.NAME),
                ChangeEventRepository.event(row), row.get(NOTIFICATION.READ_AT));
    }

}
