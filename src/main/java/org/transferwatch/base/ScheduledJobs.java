package org.transferwatch.base;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each periodic job once across all nodes on one database. Every node's scheduler fires; the first to
 * claim the job in {@code scheduled_job} runs it, and the others skip it until {@code gap} has passed since
 * that start. A job that fails gives its claim up, so the next attempt, on any node, runs it again. The
 * nodes' clocks must agree to well within the gap (NTP).
 */
@Component
public class ScheduledJobs {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

    /** This node, as {@code scheduled_job} names it: the JVM's pid@host. */
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final ScheduledJobRepository jobs;

    private final Clock clock;

    private final TransactionTemplate ownTransaction;

    ScheduledJobs(ScheduledJobRepository jobs, Clock clock, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs {@code work} in a transaction of its own if no node started the job less than {@code gap} ago;
     * whether it ran here. For a job run every period P, a gap somewhat shorter than P (nine tenths) keeps it
     * to once per period whichever node's turn comes first.
     */
    public boolean runAtMostOncePer(String job, Duration gap, Runnable work) {
        return run(job, gap, () -> ownTransaction.executeWithoutResult(status -> work.run()));
    }

    /** The same for work that manages its own transactions (a download, then an import). */
    public boolean runAtMostOncePerWithoutTransaction(String job, Duration gap, Runnable work) {
        return run(job, gap, work);
    }

    private boolean run(String job, Duration gap, Runnable work) {
        // Microseconds, as PostgreSQL stores it, so that a release finds the claim it made.
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var claimed = Boolean.TRUE.equals(ownTransaction.execute(status -> jobs.claim(job, now, now.minus(gap), NODE)));
        if (!claimed) {
            log.debug("Job {} skipped: another node ran it less than {} ago", job, gap);
            return false;
        }
        try {
            work.run();
            return true;
        }
        catch (RuntimeException e) {
            ownTransaction.executeWithoutResult(status -> jobs.release(job, now, NODE));
            throw e;
        }
    }

}
