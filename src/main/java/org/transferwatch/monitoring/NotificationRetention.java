package org.transferwatch.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ScheduledJobs;

/**
 * Deletes, every night on one node, the notifications older than {@code transferwatch.notifications.retention}
 * (180 days unless configured) and the matched change events as old, which the change feed then no longer lists.
 */
@Component
public class NotificationRetention {

    private static final Logger log = LoggerFactory.getLogger(NotificationRetention.class);

    private final NotificationRepository notifications;

    private final ChangeEventRepository events;

    private final ScheduledJobs jobs;

    private final Clock clock;

    private final Duration retention;

    NotificationRetention(NotificationRepository notifications, ChangeEventRepository events, ScheduledJobs jobs,
            Clock clock, @Value("${transferwatch.notifications.retention:180d}") Duration retention) {
        this.notifications = notifications;
        this.events = events;
        this.jobs = jobs;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "0 40 3 * * *", zone = "UTC")
    public void nightly() {
        jobs.runAtMostOncePer("notification-retention", Duration.ofHours(20), this::deleteOld);
    }

    /** Deletes what is older than the retention period; how many notifications went. */
    @Transactional
    public int deleteOld() {
        var cutoff = clock.instant().minus(retention).atOffset(ZoneOffset.UTC);
        var deleted = notifications.deleteBefore(cutoff);
        var deletedEvents = events.deleteMatchedBefore(cutoff);
        log.info("Deleted {} notifications and {} change events older than {}", deleted, deletedEvents, cutoff);
        return deleted;
    }

}
