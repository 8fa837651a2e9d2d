package org.transferwatch.transfer;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds the dashboard tallies' deltas every few minutes (every 5 unless
 * {@code transferwatch.tally-compaction-interval} says otherwise). Each change adds delta rows and the
 * dashboard sums them: without folding, its reads would grow with the number of changes.
 */
@Component
class TallyFolding {

    private final TransferStatisticsRepository statistics;

    private final TransferRouteRepository routes;

    TallyFolding(TransferStatisticsRepository statistics, TransferRouteRepository routes) {
        this.statistics = statistics;
        this.routes = routes;
    }

    @Scheduled(fixedDelayString = "${transferwatch.tally-compaction-interval:PT5M}")
    @Transactional
    public void fold() {
        statistics.compactTallies();
        routes.compactTallies();
    }

}
