package org.transferwatch.monitoring;

import static org.transferwatch.db.Tables.CHANGE_EVENT;
import static org.transferwatch.db.Tables.MAIL_ADDRESS;
import static org.transferwatch.db.Tables.NOTIFICATION;
import static org.transferwatch.db.Tables.WATCH;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;
import org.jooq.DSLContext;

/** The users' mail addresses, and the notifications waiting to be mailed. */
@Repository
class MailRepository {

    /** A notification to mail, to its owner's address. */
    record Unmailed(String address, Notification notification) {
    }

    private final DSLContext dsl;

    MailRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> address(long userId) {
        return dsl.select(MAIL_ADDRESS.ADDRESS).from(MAIL_ADDRESS).where(MAIL_ADDRESS.USER_ID.eq(userId))
            .fetchOptional(MAIL_ADDRESS.ADDRESS);
    }

    void setAddress(long userId, String address) {
        dsl.insertInto(MAIL_ADDRESS).set(MAIL_ADDRESS.USER_ID, userId).set(MAIL_ADDRESS.ADDRESS, address)
            .onConflict(MAIL_ADDRESS.USER_ID).doUpdate().set(MAIL_ADDRESS.ADDRESS, address)
            .execute();
    }

    void removeAddress(long userId) {
        dsl.deleteFrom(MAIL_ADDRESS).where(MAIL_ADDRESS.USER_ID.eq(userId)).execute();
    }

    /**
     * Up to {@code limit} notifications of watches mailed in this mode, not mailed yet, of users with an address,
     * oldest first, locked for this transaction (skipping those another node is mailing).
     */
    List<Unmailed> claimUnmailed(EmailMode mode, int limit) {
        return dsl.select(MAIL_ADDRESS.ADDRESS, NOTIFICATION.ID, NOTIFICATION.WATCH_ID, WATCH.NAME, NOTIFICATION.READ_AT)
            .select(CHANGE_EVENT.fields())
            .from(NOTIFICATION)
            .join(WATCH).on(WATCH.ID.eq(NOTIFICATION.WATCH_ID))
            .join(CHANGE_EVENT).on(CHANGE_EVENT.ID.eq(NOTIFICATION.EVENT_ID))
            .join(MAIL_ADDRESS).on(MAIL_ADDRESS.USER_ID.eq(NOTIFICATION.USER_ID))
            .where(NOTIFICATION.MAILED_AT.isNull(), WATCH.EMAIL_MODE.eq(mode.code()))
            .orderBy(NOTIFICATION.USER_ID, NOTIFICATION.ID)
            .limit(limit)
            .forUpdate().of(NOTIFICATION)
            .skipLocked()
            .fetch(row -> new Unmailed(row.get(MAIL_ADDRESS.ADDRESS), new Notification(row.get(NOTIFICATION.ID),
                    row.get(NOTIFICATION.WATCH_ID), row.get(WATCH.NAME), ChangeEventRepository.event(row),
                    row.get(NOTIFICATION.READ_AT))));
    }

    void markMailed(Collection<Long> notificationIds, OffsetDateTime at) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.MAILED_AT, at).where(NOTIFICATION.ID.in(notificationIds)).execute();
    }

    /**
     * Passes over the watch's notifications not mailed yet, when its owner changes how it is mailed: a choice made
     * now applies to what is matched from now on, not to a backlog.
     */
    void passOverUnmailed(long watchId, OffsetDateTime at) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.MAILED_AT, at)
            .where(NOTIFICATION.WATCH_ID.eq(watchId), NOTIFICATION.MAILED_AT.isNull())
            .execute();
    }

}
