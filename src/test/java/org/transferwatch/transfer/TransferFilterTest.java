package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;
import static org.transferwatch.support.TestData.draft;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/** Each filter criterion, through the service, against the demo data and a few transfers of our own. */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class TransferFilterTest {

    @Autowired
    TransferService transfers;

    @Autowired
    TransferListService listing;

    @Autowired
    TransferSanctionsService transferSanctions;

    @Autowired
    SanctionsService sanctions;

    @BeforeEach
    void addTransfers() {
        transfers.createDraft(draft("RUS", "PRK", "Fighter jets"));
        var drones = transfers.createDraft(new TransferDraft("IRN", "RUS", TransferKind.ARMS, "ML10", "Shahed-136 drones",
                null, Quantity.UNKNOWN, null, TransferStatus.IN_DELIVERY, Period.year(2022), null, null, null,
                Confidence.HIGH));
        transfers.createDraft(new TransferDraft("PRK", "CHN", TransferKind.RAW_MATERIAL, "HS27", "Coal", null,
                Quantity.UNKNOWN, null, TransferStatus.REPORTED, Period.month(2019, 7), null, "Ship-to-ship transfer",
                null, Confidence.LOW));
        var provision = sanctions.activeProvisions().stream()
            .filter(p -> p.issuerCode().equals("UK")).findFirst().orElseThrow();
        transferSanctions.decideProvision(drones, provision.id(), SanctionsLink.Decision.CONFIRMED, null);
    }

    private List<String> items(TransferFilter filter) {
        return listing.page(filter, TransferSort.NEWEST, 0, 100).stream().map(TransferRow::item).toList();
    }

    private static TransferFilter filter(TransferKind kind, TransferStatus status, LocalDate from, LocalDate to,
            String issuer, String text) {
        return new TransferFilter(null, null, false, kind, null, status, null, null, from, to, issuer, text);
    }

    @Test
    void a_country_pair_matches_one_direction_only() {
        assertThat(items(TransferFilter.pair("PRK", "RUS"))).containsExactlyInAnyOrder("Munitions, multiple types",
                "Infantry artillery shells and rockets", "Raw materials for Russia's defence industrial base");
        assertThat(items(TransferFilter.pair("RUS", "PRK"))).containsExactly("Fighter jets");
    }

    @Test
    void either_direction_matches_both_ways_and_a_single_state_on_either_side() {
        assertThat(items(TransferFilter.NONE.withPair("RUS", "PRK", true))).hasSize(4).contains("Fighter jets");
        assertThat(items(TransferFilter.NONE.withPair("CHN", null, true))).containsExactly("Coal");
    }

    @Test
    void the_count_agrees_with_the_rows() {
        var filter = TransferFilter.NONE.withPair("PRK", null, true);
        assertThat(listing.count(filter)).isEqualTo(items(filter).size()).isEqualTo(5);
    }

    @Test
    void a_period_matches_transfers_whose_period_overlaps_it() {
        assertThat(items(filter(null, null, LocalDate.of(2019, 7, 31), LocalDate.of(2019, 8, 15), null, null)))
            .containsExactly("Coal");
        assertThat(items(filter(null, null, LocalDate.of(2022, 12, 1), null, null, null)))
            .contains("Shahed-136 drones", "Infantry artillery shells and rockets").doesNotContain("Coal");
    }

    @Test
    void kind_status_category_and_confidence_narrow_the_list() {
        assertThat(items(filter(TransferKind.RAW_MATERIAL, null, null, null, null, null)))
            .containsExactlyInAnyOrder("Coal", "Raw materials for Russia's defence industrial base");
        assertThat(items(filter(null, TransferStatus.IN_DELIVERY, null, null, null, null))).containsExactly("Shahed-136 drones");
        assertThat(items(new TransferFilter(null, null, false, null, "ML10", null, null, null, null, null, null, null)))
            .containsExactly("Shahed-136 drones");
        assertThat(items(new TransferFilter(null, null, false, null, null, null, Confidence.HIGH, null, null, null, null, null)))
            .containsExactly("Shahed-136 drones");
    }

    @Test
    void the_sanctions_issuer_matches_transfers_with_a_confirmed_link_of_that_issuer() {
        assertThat(items(filter(null, null, null, null, "UK", null))).containsExactly("Shahed-136 drones");
        assertThat(items(filter(null, null, null, null, "UNSC", null))).containsExactlyInAnyOrder(
                "Munitions, multiple types", "Infantry artillery shells and rockets",
                "Raw materials for Russia's defence industrial base");
    }

    @Test
    void free_text_searches_items_notes_and_quotes_with_stemming() {
        assertThat(items(filter(null, null, null, null, null, "drone"))).containsExactly("Shahed-136 drones");
        assertThat(items(filter(null, null, null, null, null, "ship-to-ship"))).containsExactly("Coal");
        assertThat(items(filter(null, null, null, null, null, "dismissed accusation")))
            .containsExactly("Infantry artillery shells and rockets");
    }

    @Test
    void sql_metacharacters_in_free_text_are_harmless() {
        for (var text : List.of("' or 1=1 --", "%", "_", "\\", "shells'); drop table transfer; --", "\"unbalanced",
                "a & | ! :*")) {
            assertThat(items(filter(null, null, null, null, null, text))).as(text).isNotNull();
        }
        assertThat(listing.count(TransferFilter.NONE)).isEqualTo(6);
    }

    @Test
    void the_review_state_filter_separates_drafts_from_published_transfers() {
        assertThat(items(new TransferFilter(null, null, false, null, null, null, null, ReviewState.DRAFT, null, null,
                null, null))).containsExactlyInAnyOrder("Fighter jets", "Shahed-136 drones", "Coal");
        assertThat(as(Role.VIEWER, () -> items(TransferFilter.NONE))).hasSize(3);
    }

}
