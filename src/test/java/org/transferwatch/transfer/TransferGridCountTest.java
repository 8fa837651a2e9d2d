package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;
import static org.transferwatch.support.TestData.draft;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/** The grid's page and count in one call: exact up to the limit, "more than" beyond it. */
@TransferWatchTest
@Transactional
class TransferGridCountTest {

    @Autowired
    TransferService transfers;

    @Autowired
    TransferListService listing;

    @Autowired
    DSLContext dsl;

    /** Published transfers Belarus → Armenia, written in one statement (thousands through the service take minutes). */
    private void publishedBelarusToArmenia(int count) {
        dsl.execute("""
                insert into transfer (supplier_code, recipient_code, kind, item, status, confidence, review_state,
                                      created_by, updated_by)
                select 'BLR', 'ARM', 'arms', 'Shells, lot ' || n, 'reported', 'low', 'published', u.id, u.id
                from generate_series(1, ?) n, (select min(id) as id from app_user) u""", count);
    }

    private static final TransferFilter BELARUS_TO_ARMENIA = TransferFilter.pair("BLR", "ARM");

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_small_result_comes_with_its_exact_count_and_its_first_page() {
        var page = listing.pageWithCount(TransferFilter.pair("PRK", "RUS"), TransferSort.PERIOD, 0, 50);
        assertThat(page.count()).isEqualTo(TransferCount.exactly(3));
        assertThat(page.count().label()).isEqualTo("3 transfers");
        assertThat(page.rows()).extracting(TransferRow::id)
            .containsExactlyElementsOf(listing.page(TransferFilter.pair("PRK", "RUS"), TransferSort.PERIOD, 0, 50)
                .stream().map(TransferRow::id).toList());
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void exactly_the_limit_is_still_counted_exactly() {
        publishedBelarusToArmenia(TransferListService.EXACT_COUNT_LIMIT);
        var page = listing.pageWithCount(BELARUS_TO_ARMENIA, TransferSort.NEWEST, 0, 50);
        assertThat(page.count().exact()).isTrue();
        assertThat(page.count().label()).isEqualTo("10,000 transfers");
        assertThat(page.rows()).hasSize(50);
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void beyond_the_limit_the_count_says_more_than_and_the_exact_count_is_there_on_demand() {
        publishedBelarusToArmenia(TransferListService.EXACT_COUNT_LIMIT + 1);
        var page = listing.pageWithCount(BELARUS_TO_ARMENIA, TransferSort.NEWEST, 0, 50);
        assertThat(page.count().exact()).isFalse();
        assertThat(page.count().label()).isEqualTo("more than 10,000 transfers");
        assertThat(page.rows()).hasSize(50);
        assertThat(listing.count(BELARUS_TO_ARMENIA)).isEqualTo(10_001);
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_counts_no_drafts() {
        as(Role.ANALYST, () -> transfers.createDraft(draft("PRK", "RUS", "KN-23 missiles")));
        assertThat(listing.pageWithCount(TransferFilter.pair("PRK", "RUS"), TransferSort.NEWEST, 0, 50).count())
            .isEqualTo(TransferCount.exactly(3));
        assertThat(as(Role.ANALYST, () -> listing.pageWithCount(TransferFilter.pair("PRK", "RUS"), TransferSort.NEWEST,
                0, 50).count())).isEqualTo(TransferCount.exactly(4));
    }

    @Test
    void one_transfer_is_counted_in_the_singular() {
        assertThat(TransferCount.exactly(1).label()).isEqualTo("1 transfer");
        assertThat(TransferCount.exactly(148_473).label()).isEqualTo("148,473 transfers");
    }

}
