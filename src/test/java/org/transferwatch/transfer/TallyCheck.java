package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.transferwatch.sanctions.SanctionsService;

/** The dashboard's tallied figures against counting the transfers themselves, for every state and published only. */
class TallyCheck {

    private final TransferStatisticsRepository statistics;

    private final SanctionsService sanctions;

    TallyCheck(TransferStatisticsRepository statistics, SanctionsService sanctions) {
        this.statistics = statistics;
        this.sanctions = sanctions;
    }

    void assertTalliesMatchTheTransfers(List<String> states) {
        var since = LocalDate.now(ZoneOffset.UTC).minusDays(30);
        for (var publishedOnly : List.of(true, false)) {
            Condition visible = publishedOnly ? TransferFilterRepository.published() : DSL.noCondition();
            assertThat(statistics.tallyOverview(publishedOnly, since)).as("overview, published only: " + publishedOnly)
                .isEqualTo(statistics.overview(visible, sanctions.hasConfirmedLink(TransferFilterRepository.transferId()),
                        since.atStartOfDay().atOffset(ZoneOffset.UTC)));
            assertThat(statistics.tallyPairCounts(publishedOnly, states, states)).as("matrix, published only: " + publishedOnly)
                .isEqualTo(statistics.pairCounts(visible, states, states));
            for (var supplier : states) {
                for (var recipient : states) {
                    if (!supplier.equals(recipient)) {
                        assertPairTimelineMatches(publishedOnly, visible, supplier, recipient);
                    }
                }
            }
        }
    }


    /** The pair page's timeline and its span, from the pairs' month tally, against the transfers themselves. */
    private void assertPairTimelineMatches(boolean publishedOnly, Condition visible, String supplier, String recipient) {
        var what = supplier + "→" + recipient + ", published only: " + publishedOnly;
        var oneWay = visible.and(TransferFilterRepository.condition(TransferFilter.pair(supplier, recipient)));
        var either = visible.and(TransferFilterRepository.condition(TransferFilter.NONE.withPair(supplier, recipient, true)));
        var counted = statistics.periodRange(either);
        var tallied = statistics.tallyPairPeriodRange(TransferFilter.NONE.withPair(supplier, recipient, true), publishedOnly);
        assertThat(tallied.map(range -> List.of(range[0], range[1].withDayOfMonth(1)))).as("period range " + what)
            .isEqualTo(counted.map(range -> List.of(range[0].withDayOfMonth(1), range[1].withDayOfMonth(1))));
        if (counted.isPresent()) {
            var from = counted.get()[0];
            var to = counted.get()[1];
            assertThat(statistics.tallyPairMonths(TransferFilter.pair(supplier, recipient), publishedOnly, from, to)).as("months " + what)
                .isEqualTo(statistics.months(oneWay, from, to));
        }
    }

}