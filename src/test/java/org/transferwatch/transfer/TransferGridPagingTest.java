package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/**
 * The grid's pages and counts show the transfers a plain query finds, in the order it finds them: a pair in
 * either direction (read and counted one direction at a time) across the count limit, deep pages in every sort
 * (the page's ids first, its columns after), and the period filter's overlap at its boundaries.
 */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class TransferGridPagingTest {

    @Autowired
    TransferService transfers;

    @Autowired
    TransferListService listing;

    @Autowired
    DSLContext dsl;

    private static final TransferFilter BELARUS_ARMENIA_EITHER_WAY = TransferFilter.NONE.withPair("BLR", "ARM", true);

    /**
     * Transfers between Belarus and Armenia written in one statement, numbered 1 to {@code count}: those whose
     * number is a multiple of {@code everyReversed} go Armenia → Belarus, the others Belarus → Armenia, so the
     * two directions' ids interleave. Items and periods repeat, so that sorting by them leaves ties.
     */
    private void belarusAndArmenia(int count, int everyReversed) {
        dsl.execute("""
                insert into transfer (supplier_code, recipient_code, kind, item, status, confidence, review_state,
                                      period_start, period_end, period_precision, created_by, updated_by)
                select case when n % ? = 0 then 'ARM' else 'BLR' end, case when n % ? = 0 then 'BLR' else 'ARM' end,
                       'arms', 'Shells, lot ' || (n % 7), 'reported', (array['low', 'moderate', 'high'])[n % 3 + 1],
                       'published', make_date(2000 + n % 20, 1, 1), make_date(2000 + n % 20, 12, 31), 'year', u.id, u.id
                from generate_series(1, ?) n, (select min(id) as id from app_user) u""", everyReversed, everyReversed,
                count);
    }

    /** The ids of both directions, newest first, as one plain query finds them. */
    private List<Long> bothDirectionsNewestFirst() {
        return dsl.fetch("""
                select id from transfer
                where (supplier_code = 'BLR' and recipient_code = 'ARM') or (supplier_code = 'ARM' and recipient_code = 'BLR')
                order by id desc""").getValues(0, Long.class);
    }

    private static List<Long> ids(List<TransferRow> rows) {
        return rows.stream().map(TransferRow::id).toList();
    }

    @Test
    void either_direction_pages_merge_both_directions_newest_first_beyond_the_count_limit() {
        // One direction alone is beyond the limit (10,477 transfers), the other has 523.
        belarusAndArmenia(11_000, 21);
        var expected = bothDirectionsNewestFirst();
        assertThat(expected).hasSize(11_000);

        var first = listing.pageWithCount(BELARUS_ARMENIA_EITHER_WAY, TransferSort.NEWEST, 0, 50);
        assertThat(ids(first.rows())).containsExactlyElementsOf(expected.subList(0, 50));
        assertThat(first.count().label()).isEqualTo("more than 10,000 transfers");
        assertThat(ids(listing.page(BELARUS_ARMENIA_EITHER_WAY, TransferSort.NEWEST, 10_000, 50)))
            .containsExactlyElementsOf(expected.subList(10_000, 10_050));
        assertThat(ids(listing.page(BELARUS_ARMENIA_EITHER_WAY, TransferSort.NEWEST, 10_990, 50)))
            .containsExactlyElementsOf(expected.subList(10_990, 11_000));
        var pastTheEnd = listing.pageWithCount(BELARUS_ARMENIA_EITHER_WAY, TransferSort.NEWEST, 11_000, 50);
        assertThat(pastTheEnd.rows()).isEmpty();
        assertThat(pastTheEnd.count()).isEqualTo(TransferCount.moreThan(TransferListService.EXACT_COUNT_LIMIT));
        assertThat(listing.count(BELARUS_ARMENIA_EITHER_WAY)).isEqualTo(11_000);
    }

    @Test
    void either_direction_is_counted_exactly_up_to_the_limit_over_both_directions() {
        // 9,000 one way, 1,000 the other: exactly the limit, so neither direction may stop the count early.
        belarusAndArmenia(TransferListService.EXACT_COUNT_LIMIT, 10);
        var page = listing.pageWithCount(BELARUS_ARMENIA_EITHER_WAY, TransferSort.NEWEST, 0, 50);
        assertThat(page.count().label()).isEqualTo("10,000 transfers");
        assertThat(ids(page.rows())).containsExactlyElementsOf(bothDirectionsNewestFirst().subList(0, 50));
        assertThat(listing.pageWithCount(TransferFilter.pair("ARM", "BLR"), TransferSort.NEWEST, 0, 50).count())
            .isEqualTo(TransferCount.exactly(1_000));
        assertThat(listing.pageWithCount(TransferFilter.NONE.withPair(null, "ARM", true), TransferSort.NEWEST, 0, 50)
            .count()).isEqualTo(TransferCount.exactly(dsl.fetchSingle(
                    "select count(*)::int from transfer where supplier_code = 'ARM' or recipient_code = 'ARM'").get(0, Integer.class)));
    }

    @Test
    void a_single_state_in_either_direction_pages_like_a_plain_query() {
        belarusAndArmenia(300, 4);
        var expected = dsl.fetch("select id from transfer where supplier_code = 'BLR' or recipient_code = 'BLR' order by id desc")
            .getValues(0, Long.class);
        var filter = TransferFilter.NONE.withPair("BLR", null, true);
        assertThat(ids(listing.pageWithCount(filter, TransferSort.NEWEST, 0, 50).rows()))
            .containsExactlyElementsOf(expected.subList(0, 50));
        assertThat(ids(listing.page(filter, TransferSort.NEWEST, 250, 50)))
            .containsExactlyElementsOf(expected.subList(250, Math.min(300, expected.size())));
        assertThat(listing.pageWithCount(filter, TransferSort.NEWEST, 0, 50).count())
            .isEqualTo(TransferCount.exactly(expected.size()));
    }

    @Test
    void pages_read_one_after_another_are_the_whole_list_in_every_sort() {
        belarusAndArmenia(230, 3);
        var orders = new LinkedHashMap<TransferSort, String>();
        orders.put(TransferSort.NEWEST, "t.id desc");
        orders.put(TransferSort.PAIR, "s.name, r.name, t.id desc");
        orders.put(TransferSort.PAIR_DESC, "s.name desc, r.name desc, t.id desc");
        orders.put(TransferSort.ITEM, "t.item, t.id desc");
        orders.put(TransferSort.PERIOD_DESC, "t.period_start desc nulls last, t.id desc");
        orders.put(TransferSort.CONFIDENCE, "case t.confidence when 'high' then 0 when 'moderate' then 1 else 2 end, t.id desc");
        for (var order : orders.entrySet()) {
            var expected = dsl.fetch("select t.id from transfer t join country s on s.code = t.supplier_code "
                    + "join country r on r.code = t.recipient_code where (t.supplier_code = 'BLR' and t.recipient_code = 'ARM') "
                    + "or (t.supplier_code = 'ARM' and t.recipient_code = 'BLR') order by " + order.getValue())
                .getValues(0, Long.class);
            var read = new ArrayList<Long>();
            for (int offset = 0; offset < expected.size(); offset += 50) {
                var page = offset == 0 ? listing.pageWithCount(BELARUS_ARMENIA_EITHER_WAY, order.getKey(), 0, 50).rows()
                        : listing.page(BELARUS_ARMENIA_EITHER_WAY, order.getKey(), offset, 50);
                read.addAll(ids(page));
            }
            assertThat(read).as(order.getKey().name()).containsExactlyElementsOf(expected);
        }
    }

    /** A transfer Belarus → Armenia with the period, or none. */
    private long belarusToArmenia(String item, LocalDate start, LocalDate end) {
        return dsl.fetchSingle("""
                insert into transfer (supplier_code, recipient_code, kind, item, status, confidence, period_start, period_end,
                                      period_precision, created_by, updated_by)
                select 'BLR', 'ARM', 'arms', ?, 'reported', 'low', ?, ?, ?, u.id, u.id
                from (select min(id) as id from app_user) u
                returning id""", item, start, end, start == null ? null : "day").get(0, Long.class);
    }

    private List<String> items(TransferFilter filter) {
        return listing.pageWithCount(filter, TransferSort.NEWEST, 0, 50).rows().stream().map(TransferRow::item).toList();
    }

    @Test
    void a_pair_and_period_match_periods_that_overlap_it_boundaries_included_and_never_an_unknown_period() {
        belarusToArmenia("Ends the day before", LocalDate.of(2009, 6, 1), LocalDate.of(2009, 12, 31));
        belarusToArmenia("Ends on the first day", LocalDate.of(2009, 6, 1), LocalDate.of(2010, 1, 1));
        belarusToArmenia("Inside", LocalDate.of(2011, 3, 1), LocalDate.of(2011, 3, 31));
        belarusToArmenia("Around", LocalDate.of(2001, 1, 1), LocalDate.of(2020, 12, 31));
        belarusToArmenia("Starts on the last day", LocalDate.of(2012, 12, 31), LocalDate.of(2013, 6, 30));
        belarusToArmenia("Starts the day after", LocalDate.of(2013, 1, 1), LocalDate.of(2013, 6, 30));
        belarusToArmenia("Unknown period", null, null);
        var pair = TransferFilter.pair("BLR", "ARM");
        assertThat(items(pair.withPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31))))
            .containsExactly("Starts on the last day", "Around", "Inside", "Ends on the first day");
        assertThat(items(pair.withPeriod(LocalDate.of(2013, 1, 1), null)))
            .containsExactly("Starts the day after", "Starts on the last day", "Around");
        assertThat(items(pair.withPeriod(null, LocalDate.of(2009, 12, 31))))
            .containsExactly("Around", "Ends on the first day", "Ends the day before");
        assertThat(items(BELARUS_ARMENIA_EITHER_WAY.withPeriod(LocalDate.of(2011, 3, 31), LocalDate.of(2011, 3, 31))))
            .containsExactly("Around", "Inside");
        assertThat(listing.pageWithCount(pair.withPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31)),
                TransferSort.NEWEST, 0, 50).count()).isEqualTo(TransferCount.exactly(4));
    }

}
