package org.transferwatch.transfer;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.transferwatch.db.Tables.CLAIM_LINK;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.TRANSFER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** The aggregate queries over transfers: grouping happens in the database, never in Java. */
@Repository
class TransferStatisticsRepository {

    private static final org.transferwatch.db.tables.Country SUPPLIER = COUNTRY.as("supplier");

    private static final org.transferwatch.db.tables.Country RECIPIENT = COUNTRY.as("recipient");

    private final DSLContext dsl;

    TransferStatisticsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    TransferStatistics.Overview overview(Condition visible, Condition flagged, OffsetDateTime addedSince) {
        var byConfidence = new java.util.ArrayList<Field<Integer>>();
        for (var level : Confidence.values()) {
            byConfidence.add(count().filterWhere(TRANSFER.CONFIDENCE.eq(level.dbValue())));
        }
        var byKind = new java.util.ArrayList<Field<Integer>>();
        for (var kind : TransferKind.values()) {
            byKind.add(count().filterWhere(TRANSFER.KIND.eq(kind.dbValue())));
        }
        var fields = new java.util.ArrayList<Field<?>>();
        fields.add(count());
        fields.add(count().filterWhere(TRANSFER.CREATED_AT.ge(addedSince)));
        fields.addAll(byConfidence);
        fields.addAll(byKind);
        fields.add(count().filterWhere(flagged));
        var row = dsl.select(fields).from(TRANSFER).where(visible).fetchSingle();
        var confidence = new EnumMap<Confidence, Integer>(Confidence.class);
        for (int i = 0; i < Confidence.values().length; i++) {
            confidence.put(Confidence.values()[i], row.get(2 + i, Integer.class));
        }
        var kinds = new EnumMap<TransferKind, Integer>(TransferKind.class);
        var kindStart = 2 + Confidence.values().length;
        for (int i = 0; i < TransferKind.values().length; i++) {
            kinds.put(TransferKind.values()[i], row.get(kindStart + i, Integer.class));
        }
        return new TransferStatistics.Overview(row.get(0, Integer.class), row.get(1, Integer.class),
                addedSince.toLocalDate(), confidence, kinds, row.get(kindStart + TransferKind.values().length, Integer.class));
    }

    List<TransferStatistics.StateCount> topSuppliers(Condition visible, int limit) {
        return topStates(TRANSFER.SUPPLIER_CODE, SUPPLIER, visible, limit);
    }

    List<TransferStatistics.StateCount> topRecipients(Condition visible, int limit) {
        return topStates(TRANSFER.RECIPIENT_CODE, RECIPIENT, visible, limit);
    }

    /** The states on one side of the transfers (supplier or recipient) with the most transfers. */
    private List<TransferStatistics.StateCount> topStates(Field<String> side, org.transferwatch.db.tables.Country state,
            Condition visible, int limit) {
        return dsl.select(side, state.NAME, count())
            .from(TRANSFER)
            .join(state).on(state.CODE.eq(side))
            .where(visible)
            .groupBy(side, state.NAME)
            .orderBy(count().desc(), state.NAME)
            .limit(limit)
            .fetch(r -> new TransferStatistics.StateCount(r.value1(), r.value2(), r.value3()));
    }

    java.util.Map<String, Integer> pairCounts(Condition visible, List<String> suppliers, List<String> recipients) {
        var counts = new HashMap<String, Integer>();
        dsl.select(TRANSFER.SUPPLIER_CODE, TRANSFER.RECIPIENT_CODE, count())
            .from(TRANSFER)
            .where(visible, TRANSFER.SUPPLIER_CODE.in(suppliers), TRANSFER.RECIPIENT_CODE.in(recipients))
            .groupBy(TRANSFER.SUPPLIER_CODE, TRANSFER.RECIPIENT_CODE)
            .forEach(r -> counts.put(r.value1() + ">" + r.value2(), r.value3()));
        return counts;
    }

    /** The pairs with the most transfers, one row per pair and kind. */
    List<TransferStatistics.PairCount> topFlows(Condition visible, int limit) {
        return dsl.select(TRANSFER.SUPPLIER_CODE, SUPPLIER.NAME, TRANSFER.RECIPIENT_CODE, RECIPIENT.NAME, TRANSFER.KIND,
                    count())
            .from(TRANSFER)
            .join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .where(visible)
            .groupBy(TRANSFER.SUPPLIER_CODE, SUPPLIER.NAME, TRANSFER.RECIPIENT_CODE, RECIPIENT.NAME, TRANSFER.KIND)
            .orderBy(count().desc(), TRANSFER.SUPPLIER_CODE, TRANSFER.RECIPIENT_CODE)
            .limit(limit)
            .fetch(r -> new TransferStatistics.PairCount(r.value1(), r.value2(), r.value3(), r.value4(),
                    TransferKind.fromDb(r.value5()), r.value6()));
    }

    /**
     * For each month from {@code from} to {@code to}, how many transfers' periods overlap it: the same
     * meaning as the list's period filter, so a bar's count is what its click-through shows.
     */
    List<TransferStatistics.MonthCount> months(Condition visible, LocalDate from, LocalDate to) {
        var first = from.withDayOfMonth(1);
        var last = to.withDayOfMonth(1);
        // Each transfer in the window contributes the months its period spans; the window test is the
        // expression of the GiST index transfer_by_period, so only transfers in the window are read.
        var month = field("{0}::date", SQLDataType.LOCALDATE, DSL.name("m", "month"));
        var spanned = DSL.lateral(DSL.table(
                "generate_series(greatest(date_trunc('month', {0}), {1}::timestamp), least(date_trunc('month', {2}), "
                        + "{3}::timestamp), interval '1 month') as m(month)",
                TRANSFER.PERIOD_START, DSL.val(first), TRANSFER.PERIOD_END, DSL.val(last)));
        var inWindow = DSL.condition("daterange({0}, {1}, '[]') && daterange({2}, {3}, '[]')", TRANSFER.PERIOD_START,
                TRANSFER.PERIOD_END, DSL.val(first), DSL.val(last.plusMonths(1).minusDays(1)));
        var counts = new HashMap<LocalDate, Integer>();
        dsl.select(month, count())
            .from(TRANSFER, spanned)
            .where(visible, inWindow)
            .groupBy(month)
            .forEach(r -> counts.put(r.value1(), r.value2()));
        var months = new java.util.ArrayList<TransferStatistics.MonthCount>();
        for (var m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(new TransferStatistics.MonthCount(m, counts.getOrDefault(m, 0)));
        }
        return months;
    }

    /** The earliest start and latest end of the matching transfers' periods, if any has one. */
    java.util.Optional<LocalDate[]> periodRange(Condition visible) {
        var row = dsl.select(DSL.min(TRANSFER.PERIOD_START), DSL.max(TRANSFER.PERIOD_END)).from(TRANSFER).where(visible)
            .fetchSingle();
        return row.value1() == null ? java.util.Optional.empty()
                : java.util.Optional.of(new LocalDate[] { row.value1(), row.value2() });
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
    org.jooq.Select<org.jooq.Record1<Long>> ids(Condition visible) {
        return select(TRANSFER.ID).from(TRANSFER).where(visible);
    }


}
