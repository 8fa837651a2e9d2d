package org.transferwatch.security;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ScheduledJobs;

/**
 * Deletes stored login attempts once they are older than the retention period (90 days unless
 * {@code transferwatch.security.login-attempt-retention} says otherwise), every night. Throttling looks
 * back only {@link LoginAttempts#WINDOW} plus {@link LoginAttempts#LOCKOUT}, and successful logins stay in
 * the audit log, so the table is kept only as long as someone may want to investigate a password-guessing
 * run; without a limit, such runs would grow it without end.
 */
@Component
class LoginAttemptCleanup {

    static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptCleanup.class);

    private final LoginAttemptRepository attempts;

    private final Clock clock;

    private final Duration retention;

    private final ScheduledJobs jobs;

    LoginAttemptCleanup(LoginAttemptRepository attempts, Clock clock, ScheduledJobs jobs,
            @Value("${transferwatch.security.login-attempt-retention:90d}") Duration retention) {
        if (retention.compareTo(LoginAttempts.WINDOW.plus(LoginAttempts.LOCKOUT)) < 0) {
            throw new IllegalArgumentException("Login attempts must be kept at least as long as throttling counts them ("
                    + LoginAttempts.WINDOW.plus(LoginAttempts.LOCKOUT).toMinutes() + " minutes), not " + retention);
        }
        this.attempts = attempts;
        this.clock = clock;
        this.retention = retention;
        this.jobs = jobs;
    }

    /**
     * Every night at 03:17 UTC, a quiet hour for the teams we know of, on one node (the others find it done
     * within the hour); whether this node ran it.
     */
    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    public boolean nightly() {
        return jobs.runAtMostOncePer("login-attempt-cleanup", Duration.ofHours(1), this::deleteExpired);
    }

    /** Returns how many attempts were deleted. */
    @Transactional
    public int deleteExpired() {
        var before = clock.instant().minus(retention);
        var deleted = attempts.deleteBefore(before);
        if (deleted > 0) {
            log.info("Deleted {} login attempts from before {} (kept for {} days)", deleted, before, retention.toDays());
        }
        return deleted;
    }

    Duration retention() {
        return retention;
    }

}
