package org.transferwatch.transfer;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.transferwatch.db.Tables.CLAIM_LINK;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.db.Tables.TRANSFER_DAY_TALLY;
import static org.transferwatch.db.Tables.TRANSFER_EVIDENCE;
import static org.transferwatch.db.Tables.TRANSFER_FIGURE_TALLY;
import static org.transferwatch.db.Tables.TRANSFER_MONTH_TALLY;
import static org.transferwatch.db.Tables.TRANSFER_PAIR_MONTH_TALLY;
import static org.transferwatch.db.Tables.TRANSFER_PAIR_TALLY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.transferwatch.db.Routines;
import org.transferwatch.db.tables.Country;

/** The aggregate queries over transfers: grouping happens in the database, never in Java. */
@Repository
class TransferStatisticsRepository {

    private static final Country SUPPLIER = COUNTRY.as("supplier");

    private static final Country RECIPIENT = COUNTRY.as("recipient");

    private final DSLContext dsl;

    TransferStatisticsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * What the headline figures count: transfers (one row each, {@code count(*)}) or the figure tally kept
     * by triggers (one row per combination, summing {@code transfers}) — the same query runs over either.
     */
    private record Figures(Table<?> table, Field<String> kind, Field<String> confidence, Condition flagged,
            Function<Condition, Field<Integer>> countWhere) {
    }

    /** What the matrix and the flows count: transfers, or the pair tally kept by triggers. */
    private record Pairs(Table<?> table, Field<String> supplier, Field<String> recipient, Field<String> kind,
            Field<Integer> count) {
    }

    private static final Function<Condition, Field<Integer>> COUNT_TRANSFERS = condition -> count().filterWhere(condition);

    private static final Pairs TRANSFER_PAIRS = new Pairs(TRANSFER, TRANSFER.SUPPLIER_CODE, TRANSFER.RECIPIENT_CODE,
            TRANSFER.KIND, count());

    private static final Figures TALLIED_FIGURES = new Figures(TRANSFER_FIGURE_TALLY, TRANSFER_FIGURE_TALLY.KIND,
            TRANSFER_FIGURE_TALLY.CONFIDENCE, TRANSFER_FIGURE_TALLY.FLAGGED.isTrue(),
            condition -> sumWhere(TRANSFER_FIGURE_TALLY.TRANSFERS, condition));

    private static final Pairs TALLIED_PAIRS = new Pairs(TRANSFER_PAIR_TALLY, TRANSFER_PAIR_TALLY.SUPPLIER_CODE,
            TRANSFER_PAIR_TALLY.RECIPIENT_CODE, TRANSFER_PAIR_TALLY.KIND,
            sumWhere(TRANSFER_PAIR_TALLY.TRANSFERS, DSL.noCondition()));

    private static Field<Integer> sumWhere(Field<Integer> transfers, Condition condition) {
        return DSL.coalesce(DSL.sum(transfers).filterWhere(condition), DSL.inline(BigDecimal.ZERO)).cast(SQLDataType.INTEGER);
    }

    /** The tallies' rows the user may see: every review state, or published transfers only. */
    private static Condition tallied(Field<String> reviewState, boolean publishedOnly) {
        return publishedOnly ? reviewState.eq(ReviewState.PUBLISHED.dbValue()) : DSL.noCondition();
    }

    TransferStatistics.Overview overview(Condition visible, Condition flagged, OffsetDateTime addedSince) {
        var figures = new Figures(TRANSFER, TRANSFER.KIND, TRANSFER.CONFIDENCE, flagged, COUNT_TRANSFERS);
        return overview(figures, visible, COUNT_TRANSFERS.apply(TRANSFER.CREATED_AT.ge(addedSince)),
                addedSince.toLocalDate());
    }

    TransferStatistics.Overview tallyOverview(boolean publishedOnly, LocalDate addedSince) {
        var added = field(select(sumWhere(TRANSFER_DAY_TALLY.TRANSFERS, DSL.noCondition()))
            .from(TRANSFER_DAY_TALLY)
            .where(tallied(TRANSFER_DAY_TALLY.REVIEW_STATE, publishedOnly), TRANSFER_DAY_TALLY.RECORDED_ON.ge(addedSince)));
        return overview(TALLIED_FIGURES, tallied(TRANSFER_FIGURE_TALLY.REVIEW_STATE, publishedOnly), added, addedSince);
    }

    private TransferStatistics.Overview overview(Figures counted, Condition visible, Field<Integer> added,
            LocalDate addedSince) {
        var fields = new ArrayList<Field<?>>();
        fields.add(counted.countWhere().apply(DSL.noCondition()));
        fields.add(added);
        for (var level : Confidence.values()) {
            fields.add(counted.countWhere().apply(counted.confidence().eq(level.dbValue())));
        }
        for (var kind : TransferKind.values()) {
            fields.add(counted.countWhere().apply(counted.kind().eq(kind.dbValue())));
        }
        fields.add(counted.countWhere().apply(counted.flagged()));
        var row = dsl.select(fields).from(counted.table()).where(visible).fetchSingle();
        var column = 2;
        var confidence = new EnumMap<Confidence, Integer>(Confidence.class);
        for (var level : Confidence.values()) {
            confidence.put(level, row.get(column++, Integer.class));
        }
        var kinds = new EnumMap<TransferKind, Integer>(TransferKind.class);
        for (var kind : TransferKind.values()) {
            kinds.put(kind, row.get(column++, Integer.class));
        }
        return new TransferStatistics.Overview(row.get(0, Integer.class), row.get(1, Integer.class), addedSince,
                confidence, kinds, row.get(column, Integer.class));
    }

    List<TransferStatistics.StateCount> topSuppliers(Condition visible, int limit) {
        return topStates(TRANSFER_PAIRS, TRANSFER_PAIRS.supplier(), SUPPLIER, visible, limit);
    }

    List<TransferStatistics.StateCount> topRecipients(Condition visible, int limit) {
        return topStates(TRANSFER_PAIRS, TRANSFER_PAIRS.recipient(), RECIPIENT, visible, limit);
    }

    List<TransferStatistics.StateCount> tallyTopSuppliers(boolean publishedOnly, int limit) {
        return topStates(TALLIED_PAIRS, TALLIED_PAIRS.supplier(), SUPPLIER,
                tallied(TRANSFER_PAIR_TALLY.REVIEW_STATE, publishedOnly), limit);
    }

    List<TransferStatistics.StateCount> tallyTopRecipients(boolean publishedOnly, int limit) {
        return topStates(TALLIED_PAIRS, TALLIED_PAIRS.recipient(), RECIPIENT,
                tallied(TRANSFER_PAIR_TALLY.REVIEW_STATE, publishedOnly), limit);
    }

    /** The states on one side of the transfers (supplier or recipient) with the most transfers. */
    private List<TransferStatistics.StateCount> topStates(Pairs counted, Field<String> side,
            Country state, Condition visible, int limit) {
        // Grouped before the join, so that only the states in the top list are looked up by name.
        var totals = DSL.select(side.as("code"), counted.count().as("transfers"))
            .from(counted.table())
            .where(visible)
            .groupBy(side)
            .having(counted.count().gt(0))
            .asTable("totals");
        var code = totals.field("code", String.class);
        var transfers = totals.field("transfers", Integer.class);
        return dsl.select(code, state.NAME, transfers)
            .from(totals)
            .join(state).on(state.CODE.eq(code))
            .orderBy(transfers.desc(), state.NAME)
            .limit(limit)
            .fetch(r -> new TransferStatistics.StateCount(r.value1(), r.value2(), r.value3()));
    }

    Map<String, Integer> pairCounts(Condition visible, List<String> suppliers, List<String> recipients) {
        return pairCounts(TRANSFER_PAIRS, visible, suppliers, recipients);
    }

    Map<String, Integer> tallyPairCounts(boolean publishedOnly, List<String> suppliers, List<String> recipients) {
        return pairCounts(TALLIED_PAIRS, tallied(TRANSFER_PAIR_TALLY.REVIEW_STATE, publishedOnly), suppliers, recipients);
    }

    private Map<String, Integer> pairCounts(Pairs counted, Condition visible, List<String> suppliers,
            List<String> recipients) {
        var counts = new HashMap<String, Integer>();
        dsl.select(counted.supplier(), counted.recipient(), counted.count())
            .from(counted.table())
            .where(visible, counted.supplier().in(suppliers), counted.recipient().in(recipients))
            .groupBy(counted.supplier(), counted.recipient())
            .having(counted.count().gt(0))
            .forEach(r -> counts.put(r.value1() + ">" + r.value2(), r.value3()));
        return counts;
    }

    List<TransferStatistics.PairCount> topFlows(Condition visible, int limit) {
        return topFlows(TRANSFER_PAIRS, visible, limit);
    }

    List<TransferStatistics.PairCount> tallyTopFlows(boolean publishedOnly, int limit) {
        return topFlows(TALLIED_PAIRS, tallied(TRANSFER_PAIR_TALLY.REVIEW_STATE, publishedOnly), limit);
    }

    /** The pairs with the most transfers, one row per pair and kind. */
    private List<TransferStatistics.PairCount> topFlows(Pairs counted, Condition visible, int limit) {
        var flows = DSL.select(counted.supplier().as("supplier"), counted.recipient().as("recipient"),
                    counted.kind().as("kind"), counted.count().as("transfers"))
            .from(counted.table())
            .where(visible)
            .groupBy(counted.supplier(), counted.recipient(), counted.kind())
            .having(counted.count().gt(0))
            .orderBy(counted.count().desc(), counted.supplier(), counted.recipient(), counted.kind())
            .limit(limit)
            .asTable("flows");
        var supplier = flows.field("supplier", String.class);
        var recipient = flows.field("recipient", String.class);
        var kind = flows.field("kind", String.class);
        var transfers = flows.field("transfers", Integer.class);
        return dsl.select(supplier, SUPPLIER.NAME, recipient, RECIPIENT.NAME, kind, transfers)
            .from(flows)
            .join(SUPPLIER).on(SUPPLIER.CODE.eq(supplier))
            .join(RECIPIENT).on(RECIPIENT.CODE.eq(recipient))
            .orderBy(transfers.desc(), supplier, recipient, kind)
            .fetch(r -> new TransferStatistics.PairCount(r.value1(), r.value2(), r.value3(), r.value4(),
                    TransferKind.fromDb(r.value5()), r.value6()));
    }

    /** How many transfers match a filter that names only states, direction, kind and review state. */
    int tallyCount(TransferFilter filter, boolean publishedOnly) {
        return dsl.select(TALLIED_PAIRS.count())
            .from(TRANSFER_PAIR_TALLY)
            .where(TransferFilterRepository.statesKindAndReviewState(filter, TRANSFER_PAIR_TALLY.SUPPLIER_CODE,
                    TRANSFER_PAIR_TALLY.RECIPIENT_CODE, TRANSFER_PAIR_TALLY.KIND, TRANSFER_PAIR_TALLY.REVIEW_STATE),
                    tallied(TRANSFER_PAIR_TALLY.REVIEW_STATE, publishedOnly))
            .fetchSingle()
            .value1();
    }

    /** Month by month, the tallied transfers whose period overlaps it (the same figures as {@link #months}). */
    List<TransferStatistics.MonthCount> tallyMonths(boolean publishedOnly, LocalDate from, LocalDate to) {
        return summedMonths(TRANSFER_MONTH_TALLY, TRANSFER_MONTH_TALLY.MONTH, TRANSFER_MONTH_TALLY.TRANSFERS,
                tallied(TRANSFER_MONTH_TALLY.REVIEW_STATE, publishedOnly), from, to);
    }

    /**
     * As {@link #tallyMonths}, for a filter that names a pair of states (one direction), from the pairs' month
     * tally.
     */
    List<TransferStatistics.MonthCount> tallyPairMonths(TransferFilter pair, boolean publishedOnly, LocalDate from,
            LocalDate to) {
        return summedMonths(TRANSFER_PAIR_MONTH_TALLY, TRANSFER_PAIR_MONTH_TALLY.MONTH, TRANSFER_PAIR_MONTH_TALLY.TRANSFERS,
                pairMonths(pair, publishedOnly), from, to);
    }

    /** Every month from {@code from} to {@code to} with the sum of a month tally's transfers in it (0 for none). */
    private List<TransferStatistics.MonthCount> summedMonths(Table<?> tally, Field<LocalDate> month,
            Field<Integer> transfers, Condition where, LocalDate from, LocalDate to) {
        var first = from.withDayOfMonth(1);
        var last = to.withDayOfMonth(1);
        var counts = new HashMap<LocalDate, Integer>();
        dsl.select(month, DSL.sum(transfers).cast(SQLDataType.INTEGER))
            .from(tally)
            .where(where, month.between(first, last))
            .groupBy(month)
            .forEach(r -> counts.put(r.value1(), r.value2()));
        return everyMonth(first, last, counts);
    }

    /**
     * The first and the last month in which a transfer of the filter's pair (one direction or either) has its
     * period, from the pairs' month tally: the months of the first and the last day {@link #periodRange} gives.
     */
    Optional<LocalDate[]> tallyPairPeriodRange(TransferFilter pair, boolean publishedOnly) {
        var months = dsl.select(TRANSFER_PAIR_MONTH_TALLY.MONTH)
            .from(TRANSFER_PAIR_MONTH_TALLY)
            .where(pairMonths(pair, publishedOnly))
            .groupBy(TRANSFER_PAIR_MONTH_TALLY.MONTH)
            .having(DSL.sum(TRANSFER_PAIR_MONTH_TALLY.TRANSFERS).gt(BigDecimal.ZERO))
            .asTable("month");
        var month = months.field(TRANSFER_PAIR_MONTH_TALLY.MONTH);
        var row = dsl.select(DSL.min(month), DSL.max(month)).from(months).fetchSingle();
        return row.value1() == null ? Optional.empty()
                : Optional.of(new LocalDate[] { row.value1(), row.value2().plusMonths(1).minusDays(1) });
    }

    /** The pairs' month tally rows of the filter's states and direction that the reader may see. */
    private static Condition pairMonths(TransferFilter pair, boolean publishedOnly) {
        return TransferFilterRepository.states(pair, TRANSFER_PAIR_MONTH_TALLY.SUPPLIER_CODE,
                TRANSFER_PAIR_MONTH_TALLY.RECIPIENT_CODE).and(tallied(TRANSFER_PAIR_MONTH_TALLY.REVIEW_STATE, publishedOnly));
    }

    private static List<TransferStatistics.MonthCount> everyMonth(LocalDate first, LocalDate last,
            Map<LocalDate, Integer> counts) {
        var months = new ArrayList<TransferStatistics.MonthCount>();
        for (var m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(new TransferStatistics.MonthCount(m, counts.getOrDefault(m, 0)));
        }
        return months;
    }

    /** Folds the tallies' deltas into one row per key, so that readers sum few rows. */
    void compactTallies() {
        Routines.transferTallyCompact(dsl.configuration());
    }

    /**
     * For each month from {@code from} to {@code to}, how many transfers' periods overlap it: the same
     * meaning as the list's period filter, so a bar's count is what its click-through shows. A transfer
     * whose period is unknown counts in no month.
     */
    List<TransferStatistics.MonthCount> months(Condition visible, LocalDate from, LocalDate to) {
        var first = from.withDayOfMonth(1);
        var last = to.withDayOfMonth(1);
        // Each transfer in the window contributes the months its period spans; the window test is the
        // expression of the GiST index transfer_by_period, so only transfers in the window are read.
        var month = field(DSL.name("m", "month"), SQLDataType.LOCALDATETIME).cast(SQLDataType.LOCALDATE);
        // Plain SQL: generate_series over timestamps by an interval is PostgreSQL's set-returning function.
        var spanned = DSL.lateral(DSL.table(
                "generate_series(greatest(date_trunc('month', {0}), {1}::timestamp), least(date_trunc('month', {2}), "
                        + "{3}::timestamp), interval '1 month') as m(month)",
                TRANSFER.PERIOD_START, DSL.val(first), TRANSFER.PERIOD_END, DSL.val(last)));
        var inWindow = TransferFilterRepository.periodOverlaps(first, last.plusMonths(1).minusDays(1));
        var counts = new HashMap<LocalDate, Integer>();
        dsl.select(month, count())
            .from(TRANSFER, spanned)
            .where(visible, TRANSFER.PERIOD_START.isNotNull(), inWindow)
            .groupBy(month)
            .forEach(r -> counts.put(r.value1(), r.value2()));
        return everyMonth(first, last, counts);
    }

    /** The matching transfers grouped by direction and period, earliest first (at most {@code limit} groups). */
    List<TransferStatistics.PeriodSpan> periodSpans(Condition visible, int limit) {
        return dsl.select(TRANSFER.SUPPLIER_CODE, TRANSFER.PERIOD_START, TRANSFER.PERIOD_END, TRANSFER.PERIOD_PRECISION,
                    count())
            .from(TRANSFER)
            .where(visible, TRANSFER.PERIOD_START.isNotNull())
            .groupBy(TRANSFER.SUPPLIER_CODE, TRANSFER.PERIOD_START, TRANSFER.PERIOD_END, TRANSFER.PERIOD_PRECISION)
            .orderBy(TRANSFER.PERIOD_START, TRANSFER.PERIOD_END, TRANSFER.SUPPLIER_CODE)
            .limit(limit)
            .fetch(r -> new TransferStatistics.PeriodSpan(r.value1(), r.value2(), r.value3(),
                    PeriodPrecision.fromDb(r.value4()), r.value5()));
    }

    /**
     * How many matching transfers a source disputes or denies, how many are delivered, and the earliest period
     * start, in one pass over the matching transfers; "disputed" reads the evidence summary (V049) by its key.
     */
    TransferStatistics.Outcomes outcomes(Condition visible) {
        var disputed = count().filterWhere(DSL.exists(DSL.selectOne().from(TRANSFER_EVIDENCE)
            .where(TRANSFER_EVIDENCE.TRANSFER_ID.eq(TRANSFER.ID), TRANSFER_EVIDENCE.DISPUTING.gt(0))));
        var delivered = count().filterWhere(TRANSFER.STATUS.eq(TransferStatus.DELIVERED.dbValue()));
        var row = dsl.select(disputed, delivered, DSL.min(TRANSFER.PERIOD_START)).from(TRANSFER).where(visible)
            .fetchSingle();
        return new TransferStatistics.Outcomes(row.value1(), row.value2(), row.value3());
    }

    /** The earliest start and latest end of the matching transfers' periods, if any has one. */
    Optional<LocalDate[]> periodRange(Condition visible) {
        var row = dsl.select(DSL.min(TRANSFER.PERIOD_START), DSL.max(TRANSFER.PERIOD_END)).from(TRANSFER).where(visible)
            .fetchSingle();
        return row.value1() == null ? Optional.empty()
                : Optional.of(new LocalDate[] { row.value1(), row.value2() });
    }

    /** The sources with claims on the matching transfers, and on how many of them each has claims. */
    List<TransferStatistics.SourceCount> sources(Condition visible, int limit) {
        return dsl.select(CLAIM_LINK.SOURCE_ID, countDistinct(CLAIM_LINK.TRANSFER_ID))
            .from(CLAIM_LINK)
            .join(TRANSFER).on(TRANSFER.ID.eq(CLAIM_LINK.TRANSFER_ID))
            .where(visible)
            .groupBy(CLAIM_LINK.SOURCE_ID)
            .orderBy(countDistinct(CLAIM_LINK.TRANSFER_ID).desc(), CLAIM_LINK.SOURCE_ID)
            .limit(limit)
            .fetch(r -> new TransferStatistics.SourceCount(r.value1(), r.value2()));
    }

    /** The ids of the matching transfers, as a subquery for other features' aggregates. */
    Select<Record1<Long>> ids(Condition visible) {
        return select(TRANSFER.ID).from(TRANSFER).where(visible);
    }

    /** The ids of those of the given transfers that match, as a subquery: read by the primary key, never a scan. */
    Select<Record1<Long>> idsAmong(Condition visible, Collection<Long> transferIds) {
        return select(TRANSFER.ID).from(TRANSFER).where(visible, TRANSFER.ID.in(transferIds));
    }


}
