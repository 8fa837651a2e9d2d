package org.transferwatch.transfer;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ScheduledJobs;

/**
 * Folds the dashboard tallies' deltas every few minutes (every 5 unless
 * {@code transferwatch.tally-compaction-interval} says otherwise). Each change adds delta rows and the
 * dashboard sums them: without folding, its reads would grow with the number of changes. With several
 * nodes, one of them folds each period.
 */
@Component
class TallyFolding {

    private final TransferStatisticsRepository statistics;

    private final TransferRouteRepository routes;

    private final ScheduledJobs jobs;

    private final Duration gap;

    TallyFolding(TransferStatisticsRepository statistics, TransferRouteRepository routes, ScheduledJobs jobs,
            @Value("${transferwatch.tally-compaction-interval:PT5M}") Duration interval) {
        this.statistics = statistics;
        this.routes = routes;
        this.jobs = jobs;
        this.gap = interval.multipliedBy(9).dividedBy(10);
    }

    /** Folds unless another node folded less than nine tenths of the interval ago; whether this node folded. */
    @Scheduled(fixedDelayString = "${transferwatch.tally-compaction-interval:PT5M}")
    public boolean scheduled() {
        return jobs.runAtMostOncePer("tally-folding", gap, this::fold);
    }

    @Transactional
    public void fold() {
        statistics.compactTallies();
        routes.compactTallies();
    }

}
