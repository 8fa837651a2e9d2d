package org.transferwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.db.Tables.NOTIFICATION;
import static org.transferwatch.support.TestData.draft;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;

@TransferWatchTest
@Transactional
class NotificationRetentionTest {

    @Autowired
    NotificationRetention retention;

    @Autowired
    NotificationMatcher matcher;

    @Autowired
    WatchService watches;

    @Autowired
    InboxService inbox;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    UserService users;

    @Autowired
    DSLContext dsl;

    @Test
    void notifications_older_than_the_retention_period_are_deleted_and_newer_ones_kept() {
        var analyst = Accounts.uniqueUsername("analyst");
        Accounts.create(users, analyst, Role.ANALYST);
        Accounts.as(analyst, Role.ANALYST, () -> watches.watch(WatchKind.PAIR, "PRK/CHN", "China"));
        for (var item : new String[] { "Old coal", "New coal" }) {
            Accounts.as("reviewer", Role.REVIEWER, () -> {
                var id = transfers.createDraft(draft("PRK", "CHN", item));
                reviews.publish(id, transfers.version(id).orElseThrow());
            });
        }
        matcher.matchPending();
        var items = Accounts.as(analyst, Role.ANALYST, () -> inbox.inbox().get("China"));
        assertThat(items).hasSize(2);
        var oldest = items.getLast().id();
        dsl.update(NOTIFICATION).set(NOTIFICATION.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC).minusDays(181))
            .where(NOTIFICATION.ID.eq(oldest)).execute();

        retention.deleteOld();

        assertThat(Accounts.as(analyst, Role.ANALYST, () -> inbox.inbox().get("China")))
            .extracting(InboxItem::id).containsExactly(items.getFirst().id());
    }

}
