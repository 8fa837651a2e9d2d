package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/**
 * The aggregates against figures computed by hand. The data: the three demo transfers (PRK→RUS, all
 * published, created today: arms ML3 Q4 2022 moderate with a confirmed UNSCR 1874 link, arms ML3 2023
 * moderate with the same link, raw materials 2023 possible, low, with confirmed links to the UN export bans
 * UNSCR 2270 para 30 and UNSCR 2371 paras 8 and 10) plus the four
 * drafts below.
 */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class TransferStatisticsTest {

    @Autowired
    TransferService transfers;

    @Autowired
    TransferListService listing;

    @Autowired
    TransferSanctionsService transferSanctions;

    @Autowired
    TransferStatisticsService statistics;

    private long add(String supplier, String recipient, TransferKind kind, String item, Period period, Confidence confidence) {
        return add(supplier, recipient, kind, null, item, period, confidence);
    }

    private long add(String supplier, String recipient, TransferKind kind, String category, String item, Period period,
            Confidence confidence) {
        return transfers.createDraft(new TransferDraft(supplier, recipient, kind, category, item, null, Quantity.UNKNOWN,
                null, TransferStatus.REPORTED, period, null, null, null, confidence));
    }

    @BeforeEach
    void addTransfers() {
        add("IRN", "RUS", TransferKind.ARMS, "Shahed-136 drones", Period.month(2022, 9), Confidence.HIGH);
        add("IRN", "RUS", TransferKind.ARMS, "Fath-360 missiles", Period.month(2024, 9), Confidence.HIGH);
        add("RUS", "PRK", TransferKind.DUAL_USE, "Satellite technology", Period.year(2023), Confidence.LOW);
        var oil = add("RUS", "PRK", TransferKind.RAW_MATERIAL, "HS27", "Refined petroleum", Period.quarter(2023, 4), Confidence.MODERATE);
        var provision = transferSanctions.suggestedProvisions(oil).stream()
            .filter(s -> s.provision().citation().equals("UNSCR 2397 (2017) para 5")).findFirst().orElseThrow();
        transferSanctions.decideProvision(oil, provision.provision().id(), SanctionsLink.Decision.CONFIRMED, null);
    }

    @Test
    void the_overview_counts_by_confidence_kind_and_sanctions_flag() {
        var overview = statistics.overview(TransferFilter.NONE);
        assertThat(overview.total()).isEqualTo(7);
        assertThat(overview.addedLast30Days()).isEqualTo(7);
        assertThat(overview.byConfidence()).containsEntry(Confidence.HIGH, 2).containsEntry(Confidence.MODERATE, 3)
            .containsEntry(Confidence.LOW, 2);
        assertThat(overview.byKind()).containsEntry(TransferKind.ARMS, 4).containsEntry(TransferKind.RAW_MATERIAL, 2)
            .containsEntry(TransferKind.DUAL_USE, 1);
        assertThat(overview.flagged()).isEqualTo(4);
    }

    @Test
    void every_figure_equals_the_count_of_the_list_it_links_to() {
        var overview = statistics.overview(TransferFilter.NONE);
        assertThat(listing.count(TransferFilter.NONE.withFlagged(true))).isEqualTo(overview.flagged());
        assertThat(listing.count(TransferFilter.NONE.withAddedSince(overview.addedSince())))
            .isEqualTo(overview.addedLast30Days());
        for (var level : Confidence.values()) {
            assertThat(listing.count(TransferFilter.NONE.withConfidence(level))).isEqualTo(overview.byConfidence().get(level));
        }
    }

    @Test
    void viewers_aggregate_over_published_transfers_only() {
        var overview = as(Role.VIEWER, () -> statistics.overview(TransferFilter.NONE));
        assertThat(overview.total()).isEqualTo(3);
        assertThat(overview.flagged()).isEqualTo(3);
    }

    @Test
    void the_matrix_lists_the_biggest_suppliers_and_recipients_with_their_pair_counts() {
        var matrix = statistics.matrix(TransferFilter.NONE, 8);
        assertThat(matrix.suppliers()).extracting(TransferStatistics.StateCount::code).containsExactly("PRK", "IRN", "RUS");
        assertThat(matrix.recipients()).extracting(TransferStatistics.StateCount::code).containsExactly("RUS", "PRK");
        assertThat(matrix.count("PRK", "RUS")).isEqualTo(3);
        assertThat(matrix.count("IRN", "RUS")).isEqualTo(2);
        assertThat(matrix.count("RUS", "PRK")).isEqualTo(2);
        assertThat(matrix.count("IRN", "PRK")).isZero();
        assertThat(matrix.max()).isEqualTo(3);
    }

    @Test
    void flows_are_counted_per_pair_and_kind() {
        assertThat(statistics.flows(TransferFilter.NONE, 10)).extracting(f -> f.supplierCode() + ">" + f.recipientCode()
                + " " + f.kind() + " " + f.count())
            .containsExactlyInAnyOrder("PRK>RUS ARMS 2", "PRK>RUS RAW_MATERIAL 1", "IRN>RUS ARMS 2",
                    "RUS>PRK DUAL_USE 1", "RUS>PRK RAW_MATERIAL 1");
    }

    @Test
    void a_month_counts_every_transfer_whose_period_overlaps_it() {
        var months = statistics.months(TransferFilter.NONE, LocalDate.of(2022, 9, 1), LocalDate.of(2023, 1, 31));
        assertThat(months).extracting(m -> m.month() + "=" + m.count()).containsExactly(
                "2022-09-01=1", "2022-10-01=1", "2022-11-01=1", "2022-12-01=1", "2023-01-01=3");
        var december = statistics.months(TransferFilter.NONE, LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 1));
        assertThat(december.getFirst().count()).isEqualTo(4);
        assertThat(listing.count(TransferFilter.NONE.withPeriod(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31))))
            .isEqualTo(4);
    }

    @Test
    void the_provisions_in_play_count_the_transfers_confirmed_for_each() {
        var both = TransferFilter.NONE.withPair("PRK", "RUS", true);
        assertThat(statistics.provisionsInPlay(both)).extracting(p -> p.provision().citation() + " " + p.transfers())
            .containsExactly("UNSCR 1874 (2009) para 9 2", "UNSCR 2270 (2016) para 30 1", "UNSCR 2371 (2017) para 8 1",
                    "UNSCR 2371 (2017) para 10 1", "UNSCR 2397 (2017) para 5 1");
    }

    @Test
    void the_sources_of_a_pair_count_the_transfers_they_have_claims_on() {
        assertThat(statistics.sources(TransferFilter.pair("PRK", "RUS"), 10)).extracting(TransferStatistics.SourceCount::transfers)
            .containsExactly(3);
        assertThat(statistics.sources(TransferFilter.pair("IRN", "RUS"), 10)).isEmpty();
    }

}
