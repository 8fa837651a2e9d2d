package org.transferwatch.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.sanctions.ProvisionCount;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;

/**
 * Aggregates over the transfers the current user may see (viewers: published only), each for a filter,
 * so that every figure can link to the list showing exactly its transfers. Without a filter (the
 * dashboard) the figures come from tallies that triggers keep exact, not from a million transfers.
 */
@Service
@Transactional(readOnly = true)
public class TransferStatisticsService {

    private final TransferStatisticsRepository statistics;

    private final TransferAccess access;

    private final TransferListService transfers;

    private final SanctionsService sanctions;

    private final TransferRouteService routes;

    private final Clock clock;

    TransferStatisticsService(TransferStatisticsRepository statistics, TransferAccess access,
            TransferListService transfers, SanctionsService sanctions, TransferRouteService routes, Clock clock) {
        this.statistics = statistics;
        this.access = access;
        this.transfers = transfers;
        this.sanctions = sanctions;
        this.routes = routes;
        this.clock = clock;
    }

    /** The day from which a transfer counts as new on the dashboard: 30 days ago. */
    public LocalDate newSince() {
        return LocalDate.now(clock).minusDays(30);
    }

    /**
     * The dashboard: headline figures, the matrix of the {@code matrixSize} biggest suppliers and recipients,
     * the {@code flowCount} biggest flows, months from {@code from} to {@code to}, the latest additions, the
     * transfers with a designated party (counted as the list counts {@code designated=1}) and the shipments' routes.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public TransferStatistics.Dashboard dashboard(int matrixSize, int flowCount, LocalDate from, LocalDate to,
            int latestCount) {
        var all = TransferFilter.NONE;
        return new TransferStatistics.Dashboard(overview(all), matrix(all, matrixSize), flows(all, flowCount),
                months(all, from, to), transfers.page(all, TransferSort.NEWEST, 0, latestCount),
                transfers.count(all.withDesignatedParty(true)), routes.routes(all));
    }

    @PreAuthorize("hasRole('VIEWER')")
    public TransferStatistics.Overview overview(TransferFilter filter) {
        var since = newSince();
        if (filter.isEmpty()) {
            return statistics.tallyOverview(access.seesPublishedOnly(), since);
        }
        return statistics.overview(access.visibleCondition(filter),
                sanctions.hasConfirmedLink(TransferFilterRepository.transferId()), since.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    @PreAuthorize("hasRole('VIEWER')")
    public TransferStatistics.Matrix matrix(TransferFilter filter, int size) {
        if (filter.isEmpty()) {
            var publishedOnly = access.seesPublishedOnly();
            var suppliers = statistics.tallyTopSuppliers(publishedOnly, size);
            var recipients = statistics.tallyTopRecipients(publishedOnly, size);
            var counts = suppliers.isEmpty() ? Map.<String, Integer>of()
                    : statistics.tallyPairCounts(publishedOnly, codes(suppliers), codes(recipients));
            return new TransferStatistics.Matrix(suppliers, recipients, counts);
        }
        var visible = access.visibleCondition(filter);
        var suppliers = statistics.topSuppliers(visible, size);
        var recipients = statistics.topRecipients(visible, size);
        var counts = suppliers.isEmpty() ? Map.<String, Integer>of()
                : statistics.pairCounts(visible, codes(suppliers), codes(recipients));
        return new TransferStatistics.Matrix(suppliers, recipients, counts);
    }

    private static List<String> codes(List<TransferStatistics.StateCount> states) {
        return states.stream().map(TransferStatistics.StateCount::code).toList();
    }

    @PreAuthorize("hasRole('VIEWER')")
    public List<TransferStatistics.PairCount> flows(TransferFilter filter, int limit) {
        if (filter.isEmpty()) {
            return statistics.tallyTopFlows(access.seesPublishedOnly(), limit);
        }
        return statistics.topFlows(access.visibleCondition(filter), limit);
    }

    /** Month by month from {@code from} to {@code to}: how many matching transfers' periods overlap it. */
    @PreAuthorize("hasRole('VIEWER')")
    public List<TransferStatistics.MonthCount> months(TransferFilter filter, LocalDate from, LocalDate to) {
        if (filter.isEmpty()) {
            return statistics.tallyMonths(access.seesPublishedOnly(), from, to);
        }
        if (isPairOnly(filter) && !filter.eitherDirection()) {
            return statistics.tallyPairMonths(filter, access.seesPublishedOnly(), from, to);
        }
        return statistics.months(access.visibleCondition(filter), from, to);
    }

    /** The months the matching transfers' periods span, at most the last {@code maxYears} of them. */
    @PreAuthorize("hasRole('VIEWER')")
    public Optional<LocalDate[]> periodRange(TransferFilter filter, int maxYears) {
        var range = isPairOnly(filter)
                ? statistics.tallyPairPeriodRange(filter, access.seesPublishedOnly())
                : statistics.periodRange(access.visibleCondition(filter));
        return range.map(span -> {
            var from = span[0].isBefore(span[1].minusYears(maxYears)) ? span[1].minusYears(maxYears) : span[0];
            return new LocalDate[] { from, span[1] };
        });
    }

    /**
     * Whether the filter names a pair of states (one direction or either) and nothing else: what the pairs' tallies
     * count. The codes are the ones the list filters by, so a code no transfer has counts nothing either way.
     */
    private static boolean isPairOnly(TransferFilter filter) {
        return filter.supplierCode() != null && filter.recipientCode() != null
                && filter.withPair(null, null, false).equals(TransferFilter.NONE);
    }

    /** The matching transfers grouped by direction and period, earliest first, at most {@code limit} groups. */
    @PreAuthorize("hasRole('VIEWER')")
    public List<TransferStatistics.PeriodSpan> periodSpans(TransferFilter filter, int limit) {
        return statistics.periodSpans(access.visibleCondition(filter), limit);
    }

    /**
     * Of the matching transfers: how many a source disputes or denies, how many are delivered, and the earliest
     * period start; one statement, counted as the list would count them.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public TransferStatistics.Outcomes outcomes(TransferFilter filter) {
        return statistics.outcomes(access.visibleCondition(filter));
    }

    @PreAuthorize("hasRole('VIEWER')")
    public int count(TransferFilter filter) {
        return transfers.count(filter);
    }

    @PreAuthorize("hasRole('VIEWER')")
    public List<TransferStatistics.SourceCount> sources(TransferFilter filter, int limit) {
        return statistics.sources(access.visibleCondition(filter), limit);
    }

    /**
     * The confirmed sanctions links of those of the given transfers (a briefing's listed ones) that match the
     * filter and the user may see; the cost follows the transfers given, not the filter's.
     */
    @PreAuthorize("hasRole('VIEWER')")
    public List<SanctionsLink> confirmedLinks(TransferFilter filter, Collection<Long> transferIds) {
        if (transferIds.isEmpty()) {
            return List.of();
        }
        return sanctions.confirmedLinksFor(statistics.idsAmong(access.visibleCondition(filter), transferIds));
    }

    /** The provisions confirmed for the matching transfers, with how many transfers touch each. */
    @PreAuthorize("hasRole('VIEWER')")
    public List<ProvisionCount> provisionsInPlay(TransferFilter filter) {
        return sanctions.confirmedProvisionCounts(statistics.ids(access.visibleCondition(filter)));
    }

}
