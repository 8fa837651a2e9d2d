package org.transferwatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.MovableClock;
import org.transferwatch.support.TransferWatchTest;

/**
 * Old login attempts are deleted by the nightly job; the recent ones throttling counts are kept. Runs in a
 * transaction that is rolled back, so the deletion does not reach other tests' attempts.
 */
@TransferWatchTest
@Transactional
class LoginAttemptCleanupTest {

    @Autowired
    LoginAttempts attempts;

    @Autowired
    LoginAttemptRepository repository;

    @Autowired
    LoginAttemptCleanup cleanup;

    @Autowired
    MovableClock clock;

    @Autowired
    ScheduledTaskHolder scheduler;

    @Test
    void attempts_older_than_ninety_days_are_deleted_and_younger_ones_kept() {
        var old = Accounts.uniqueUsername("old");
        var recent = Accounts.uniqueUsername("recent");
        for (int i = 0; i < 3; i++) {
            attempts.recordRefused(old, "192.0.2.10", LoginOutcome.FAILURE);
        }
        clock.advance(Duration.ofDays(60));
        attempts.recordRefused(recent, "192.0.2.11", LoginOutcome.FAILURE);
        attempts.recordRefused(recent, "192.0.2.11", LoginOutcome.THROTTLED);

        clock.advance(Duration.ofDays(29));
        cleanup.deleteExpired();
        assertThat(repository.countForUsername(old)).as("89 days old: kept").isEqualTo(3);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(cleanup.deleteExpired()).isGreaterThanOrEqualTo(3);
        assertThat(repository.countForUsername(old)).as("90 days and a minute old: deleted").isZero();
        assertThat(repository.countForUsername(recent)).as("30 days old: kept").isEqualTo(2);
    }

    @Test
    void the_cleanup_keeps_what_throttling_counts() {
        var username = Accounts.uniqueUsername("locked");
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.recordRefused(username, "192.0.2.12", LoginOutcome.FAILURE);
        }
        cleanup.deleteExpired();
        assertThat(attempts.refusedUntil(username, "192.0.2.13")).isPresent();
        assertThat(repository.countForUsername(username)).isEqualTo(LoginAttempts.MAX_FAILURES);
    }

    @Test
    void the_cleanup_runs_every_night_and_keeps_ninety_days_by_default() {
        assertThat(cleanup.retention()).isEqualTo(Duration.ofDays(90));
        assertThat(scheduler.getScheduledTasks())
            .map(task -> task.getTask())
            .filteredOn(task -> task.toString().contains("LoginAttemptCleanup.nightly"))
            .singleElement()
            .isInstanceOfSatisfying(CronTask.class, task -> assertThat(task.getExpression()).isEqualTo("0 17 3 * * *"));
    }

}
