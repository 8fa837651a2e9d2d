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
        }
    }

}
