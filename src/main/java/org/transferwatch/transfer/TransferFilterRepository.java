package org.transferwatch.transfer;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.transfer.EvidenceSummaryRepository.EVIDENCE;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.db.tables.Country;
import org.transferwatch.sanctions.TransferScope;

/**
 * Which transfers a filter selects, and the grid's page and count of them: the filter's condition, its split
 * into directions for "either direction", and the statements that read pages and counts in the shape the
 * indexes of V042 serve.
 */
@Repository
class TransferFilterRepository {

    private static final Country SUPPLIER = COUNTRY.as("supplier");

    private static final Country RECIPIENT = COUNTRY.as("recipient");

    private static final Field<Integer> COUNTED_UP_TO = field(name("counted_up_to"), SQLDataType.INTEGER);

    private static final Field<Boolean> DESIGNATED_PARTY = field(name("designated_party"), SQLDataType.BOOLEAN);

    private final DSLContext dsl;

    TransferFilterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The transfer's id, for the conditions other features contribute (e.g. a confirmed sanctions link). */
    static Field<Long> transferId() {
        return TRANSFER.ID;
    }

    /** The transfer's scope as the sanctions feature matches provisions against it: the same facts as one transfer's. */
    static TransferScope.Fields scopeFields() {
        return new TransferScope.Fields(TRANSFER.SUPPLIER_CODE, TRANSFER.RECIPIENT_CODE, TRANSFER.KIND,
                TRANSFER.CATEGORY_CODE, goods(TRANSFER.ITEM, TRANSFER.DESIGNATION), TRANSFER.PERIOD_START,
                TRANSFER.PERIOD_END);
    }

    /** The words that name a transfer's goods: its item, and its designation where it has one. */
    static Field<String> goods(Field<String> item, Field<String> designation) {
        return DSL.concat(item, DSL.coalesce(DSL.concat(DSL.inline(" "), designation), DSL.inline("")));
    }

    /** What viewers may see: published transfers. */
    static Condition published() {
        return TRANSFER.REVIEW_STATE.eq(ReviewState.PUBLISHED.dbValue());
    }

    /** The filter's own criteria as one condition (what other features contribute is added by the caller). */
    static Condition condition(TransferFilter filter) {
        var conditions = new ArrayList<Condition>();
        conditions.add(statesKindAndReviewState(filter, TRANSFER.SUPPLIER_CODE, TRANSFER.RECIPIENT_CODE, TRANSFER.KIND,
                TRANSFER.REVIEW_STATE));
        if (filter.categoryCode() != null) {
            conditions.add(TRANSFER.CATEGORY_CODE.eq(filter.categoryCode()));
        }
        if (filter.status() != null) {
            conditions.add(TRANSFER.STATUS.eq(filter.status().dbValue()));
        }
        if (filter.confidence() != null) {
            conditions.add(TRANSFER.CONFIDENCE.eq(filter.confidence().dbValue()));
        }
        if (filter.periodFrom() != null || filter.periodTo() != null) {
            // The same expression as the GiST index transfer_by_period, so the index serves it. A transfer
            // whose period is unknown is not known to overlap any period (its daterange would be unbounded).
            conditions.add(TRANSFER.PERIOD_START.isNotNull());
            conditions.add(periodOverlaps(filter.periodFrom(), filter.periodTo()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // Plain SQL: @@ and websearch_to_tsquery are PostgreSQL's full-text search.
            conditions.add(DSL.condition("{0} @@ websearch_to_tsquery('english', {1})", TRANSFER.SEARCH_DOCUMENT,
                    DSL.val(filter.text().strip())));
        }
        if (filter.addedSince() != null) {
            conditions.add(TRANSFER.CREATED_AT.ge(filter.addedSince().atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        if (filter.placeId() != null) {
            conditions.add(TransferRouteRepository.atPlace(filter.placeId()));
        }
        return DSL.and(conditions);
    }

    /**
     * Whether the transfer's period overlaps the days from {@code from} to {@code to} (either open), in the
     * expression of the GiST index transfer_by_period, so that the index serves it.
     */
    static Condition periodOverlaps(@Nullable LocalDate from, @Nullable LocalDate to) {
        // Plain SQL: daterange and its overlap operator && are PostgreSQL's range types.
        return DSL.condition("daterange({0}, {1}, '[]') && daterange({2}, {3}, '[]')", TRANSFER.PERIOD_START,
                TRANSFER.PERIOD_END, DSL.val(from, SQLDataType.LOCALDATE), DSL.val(to, SQLDataType.LOCALDATE));
    }

    /**
     * The part of the filter that the pair tally can answer too: states and direction, kind, review state.
     * One definition for the transfers and the tally, so that a tallied count is the list's count.
     */
    static Condition statesKindAndReviewState(TransferFilter filter, Field<String> supplierField,
            Field<String> recipientField, Field<String> kindField, Field<String> reviewStateField) {
        var conditions = new ArrayList<Condition>();
        conditions.add(states(filter, supplierField, recipientField));
        if (filter.kind() != null) {
            conditions.add(kindField.eq(filter.kind().dbValue()));
        }
        if (filter.reviewState() != null) {
            conditions.add(reviewStateField.eq(filter.reviewState().dbValue()));
        }
        return DSL.and(conditions);
    }

    /** The filter's states and direction, on a transfer's or a tally's supplier and recipient fields. */
    static Condition states(TransferFilter filter, Field<String> supplierField, Field<String> recipientField) {
        var conditions = new ArrayList<Condition>();
        var supplier = filter.supplierCode();
        var recipient = filter.recipientCode();
        if (filter.eitherDirection() && supplier != null && recipient != null) {
            conditions.add(supplierField.eq(supplier).and(recipientField.eq(recipient))
                .or(supplierField.eq(recipient).and(recipientField.eq(supplier))));
        }
        else if (filter.eitherDirection() && (supplier != null || recipient != null)) {
            var one = supplier != null ? supplier : recipient;
            conditions.add(supplierField.eq(one).or(recipientField.eq(one)));
        }
        else {
            if (supplier != null) {
                conditions.add(supplierField.eq(supplier));
            }
            if (recipient != null) {
                conditions.add(recipientField.eq(recipient));
            }
        }
        return DSL.and(conditions);
    }

    /** Whether the filter names nothing but states, direction, kind and review state (see above). */
    static boolean onlyTalliedCriteria(TransferFilter filter) {
        return filter.categoryCode() == null && filter.status() == null && filter.confidence() == null
                && filter.periodFrom() == null && filter.periodTo() == null && filter.issuerCode() == null
                && (filter.text() == null || filter.text().isBlank()) && filter.addedSince() == null && !filter.flagged()
                && filter.provision() == null && (filter.party() == null || filter.party().isBlank())
                && (filter.vessel() == null || filter.vessel().isBlank()) && filter.placeId() == null
                && !filter.designatedParty();
    }

    /**
     * The transfers the filter selects under {@code restrictions} (visibility, sanctions), split by direction when
     * the filter names a pair (or one state) in either direction: "A ⇄ B" is "A → B" and "B → A", "A ⇄ any" is
     * "A → any" and "any → A". No transfer is in both parts: its supplier differs from its recipient
     * (transfer_supplier_differs_from_recipient).
     */
    static TransferSelection selection(TransferFilter filter, Condition restrictions) {
        var all = condition(filter).and(restrictions);
        var supplier = filter.supplierCode();
        var recipient = filter.recipientCode();
        if (!filter.eitherDirection() || (supplier == null && recipient == null) || Objects.equals(supplier, recipient)) {
            return TransferSelection.of(all);
        }
        return new TransferSelection(all, List.of(condition(filter.withPair(supplier, recipient, false)).and(restrictions),
                condition(filter.withPair(recipient, supplier, false)).and(restrictions)));
    }

    /** @param designatedParty whether a party of a row's transfer is confirmed designated, asked of the page's rows */
    List<TransferRow> page(TransferSelection selection, TransferSort sort, int offset, int limit,
            Condition designatedParty) {
        return pageQuery(selection, sort, offset, limit, designatedParty, List.of()).fetch(TransferFilterRepository::toRow);
    }

    /**
     * The page with the count of matching transfers up to {@code countLimit} (see {@link #countUpTo}) in one
     * statement: one round trip to the database instead of two, and page and count from one snapshot without a
     * transaction around them. The count is an uncorrelated subquery, which PostgreSQL runs once (an InitPlan),
     * not once per row. A page past the end has no row to carry the count; then it is counted on its own.
     */
    TransferPage pageWithCount(TransferSelection selection, TransferSort sort, int offset, int limit, int countLimit,
            Condition designatedParty) {
        var records = pageQuery(selection, sort, offset, limit, designatedParty,
                List.of(field(countUpToQuery(selection, countLimit)).as(COUNTED_UP_TO.getName()))).fetch();
        if (records.isEmpty()) {
            return new TransferPage(List.of(), offset == 0 ? TransferCount.exactly(0) : countUpTo(selection, countLimit));
        }
        var counted = records.getFirst().get(COUNTED_UP_TO);
        return new TransferPage(records.map(TransferFilterRepository::toRow),
                counted > countLimit ? TransferCount.moreThan(countLimit) : TransferCount.exactly(counted));
    }

    /**
     * The page in two steps (a "deferred join"): first the ids of the page's transfers, in order, from the
     * transfers alone; then their columns, country names, evidence summary and designated-party flag for those
     * rows only. In one step, PostgreSQL joined the names and evidence of every row it skipped too.
     */
    private ResultQuery<Record> pageQuery(TransferSelection selection, TransferSort sort, int offset, int limit,
            Condition designatedParty, List<Field<?>> extraFields) {
        var page = pageIds(selection, sort, offset, limit).asTable("page");
        return dsl.select(List.<SelectFieldOrAsterisk>of(TRANSFER.ID, TRANSFER.SUPPLIER_CODE, SUPPLIER.NAME,
                    TRANSFER.RECIPIENT_CODE, RECIPIENT.NAME, TRANSFER.KIND, TRANSFER.CATEGORY_CODE, TRANSFER.ITEM,
                    TRANSFER.DESIGNATION, TRANSFER.QUANTITY_LOW, TRANSFER.QUANTITY_HIGH, TRANSFER.QUANTITY_UNIT, TRANSFER.QUANTITY_ESTIMATE,
                    TRANSFER.PERIOD_START, TRANSFER.PERIOD_END, TRANSFER.PERIOD_PRECISION, TRANSFER.STATUS,
                    TRANSFER.CONFIDENCE, TRANSFER.REVIEW_STATE, EvidenceSummaryRepository.SOURCES,
                    EvidenceSummaryRepository.DISPUTING, EvidenceSummaryRepository.BEST_GRADE, EvidenceSummaryRepository.LABEL,
                    field(designatedParty).as(DESIGNATED_PARTY.getName())))
            .select(extraFields)
            .from(page)
            .join(TRANSFER).on(TRANSFER.ID.eq(page.field(TRANSFER.ID)))
            .join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .leftJoin(EVIDENCE).on(EVIDENCE.TRANSFER_ID.eq(TRANSFER.ID))
            .orderBy(order(sort));
    }

    /**
     * The ids of the page's transfers in the page's order. Newest first with two parts (a pair in either
     * direction), each part gives its newest offset + limit ids, read in order from the pair index, and only
     * those are sorted: without the limit per part PostgreSQL read and sorted every transfer of both directions
     * (it does not merge the two ordered index scans of a UNION ALL on its own). The countries are joined only
     * to sort by their names: every transfer has exactly one supplier and one recipient (not null, foreign
     * keys), so the join drops no row.
     */
    private static Select<Record1<Long>> pageIds(TransferSelection selection, TransferSort sort, int offset, int limit) {
        if (sort == TransferSort.NEWEST && selection.parts().size() > 1) {
            var matching = selection.parts().stream()
                .map(part -> (Select<Record1<Long>>) select(TRANSFER.ID).from(TRANSFER).where(part)
                    .orderBy(TRANSFER.ID.desc()).limit(offset + limit))
                .reduce(Select::unionAll)
                .orElseThrow()
                .asTable("matching");
            var id = matching.field(TRANSFER.ID);
            return select(id).from(matching).orderBy(id.desc()).offset(offset).limit(limit);
        }
        Table<?> from = sort == TransferSort.PAIR || sort == TransferSort.PAIR_DESC
                ? TRANSFER.join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
                    .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
                : TRANSFER;
        return select(TRANSFER.ID).from(from).where(selection.all()).orderBy(order(sort)).offset(offset).limit(limit);
    }

    /** Every matching transfer, counted. */
    int countMatching(Condition condition) {
        return dsl.selectCount().from(TRANSFER).where(condition).fetchSingle().value1();
    }

    /**
     * Counts the matching transfers up to {@code limit + 1}: the database stops reading after that many,
     * so a count over a million rows costs no more than one over ten thousand.
     */
    TransferCount countUpTo(TransferSelection selection, int limit) {
        var counted = countUpToQuery(selection, limit).fetchSingle().value1();
        return counted > limit ? TransferCount.moreThan(limit) : TransferCount.exactly(counted);
    }

    /**
     * With two parts, each part stops after {@code limit + 1} rows on its own, and the two together too: an
     * index-only scan of each direction's pair index, where the OR of both read the recipient index in full.
     */
    private Select<Record1<Integer>> countUpToQuery(TransferSelection selection, int limit) {
        if (selection.parts().size() == 1) {
            return dsl.selectCount().from(selectOne().from(TRANSFER).where(selection.all()).limit(limit + 1)
                .asTable("matching"));
        }
        var parts = selection.parts().stream()
            .map(part -> (Select<Record1<Integer>>) selectOne().from(TRANSFER).where(part).limit(limit + 1))
            .reduce(Select::unionAll)
            .orElseThrow()
            .asTable("parts");
        return dsl.selectCount().from(selectOne().from(parts).limit(limit + 1).asTable("matching"));
    }

    private static List<SortField<?>> order(TransferSort sort) {
        var order = new ArrayList<SortField<?>>();
        var confidenceRank = when(TRANSFER.CONFIDENCE.eq("high"), inline(0))
            .when(TRANSFER.CONFIDENCE.eq("moderate"), inline(1))
            .else_(inline(2));
        switch (sort) {
            case PAIR -> order.addAll(List.of(SUPPLIER.NAME.asc(), RECIPIENT.NAME.asc()));
            case PAIR_DESC -> order.addAll(List.of(SUPPLIER.NAME.desc(), RECIPIENT.NAME.desc()));
            case ITEM -> order.add(TRANSFER.ITEM.asc());
            case ITEM_DESC -> order.add(TRANSFER.ITEM.desc());
            case PERIOD -> order.add(TRANSFER.PERIOD_START.asc().nullsLast());
            case PERIOD_DESC -> order.add(TRANSFER.PERIOD_START.desc().nullsLast());
            case STATUS -> order.add(TRANSFER.STATUS.asc());
            case STATUS_DESC -> order.add(TRANSFER.STATUS.desc());
            case CONFIDENCE -> order.add(confidenceRank.asc());
            case CONFIDENCE_DESC -> order.add(confidenceRank.desc());
            case NEWEST -> {
            }
        }
        order.add(TRANSFER.ID.desc());
        return order;
    }

    private static TransferRow toRow(Record r) {
        var precision = r.get(TRANSFER.PERIOD_PRECISION);
        var period = precision == null ? null
                : new Period(r.get(TRANSFER.PERIOD_START), r.get(TRANSFER.PERIOD_END), PeriodPrecision.fromDb(precision));
        return new TransferRow(r.get(TRANSFER.ID), r.get(TRANSFER.SUPPLIER_CODE), r.get(SUPPLIER.NAME),
                r.get(TRANSFER.RECIPIENT_CODE), r.get(RECIPIENT.NAME), TransferKind.fromDb(r.get(TRANSFER.KIND)),
                r.get(TRANSFER.CATEGORY_CODE), r.get(TRANSFER.ITEM), r.get(TRANSFER.DESIGNATION),
                new Quantity(r.get(TRANSFER.QUANTITY_LOW), r.get(TRANSFER.QUANTITY_HIGH), r.get(TRANSFER.QUANTITY_UNIT),
                        r.get(TRANSFER.QUANTITY_ESTIMATE)),
                period, TransferStatus.fromDb(r.get(TRANSFER.STATUS)), Confidence.fromDb(r.get(TRANSFER.CONFIDENCE)),
                ReviewState.fromDb(r.get(TRANSFER.REVIEW_STATE)), EvidenceSummaryRepository.of(r),
                r.get(DESIGNATED_PARTY));
    }

}
