package org.transferwatch.transfer;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;
import static org.transferwatch.db.Tables.CLAIM_LINK;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.TRANSFER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.transferwatch.db.tables.records.TransferRecord;

@Repository
class TransferRepository {

    private static final org.transferwatch.db.tables.Country SUPPLIER = COUNTRY.as("supplier");

    private static final org.transferwatch.db.tables.Country RECIPIENT = COUNTRY.as("recipient");

    private static final Field<Integer> SOURCES = field("ev.sources", SQLDataType.INTEGER);

    private static final Field<Integer> DISPUTING = field("ev.disputing", SQLDataType.INTEGER);

    private static final Field<String> BEST_GRADE = field("ev.best_grade", SQLDataType.VARCHAR);

    private final DSLContext dsl;

    TransferRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    static Field<Long> transferId() {
        return TRANSFER.ID;
    }

    /** The filter as one condition; {@code extra} carries what other features contribute (visibility, sanctions). */
    static Condition condition(TransferFilter filter) {
        var conditions = new ArrayList<Condition>();
        var supplier = filter.supplierCode();
        var recipient = filter.recipientCode();
        if (filter.eitherDirection() && supplier != null && recipient != null) {
            conditions.add(TRANSFER.SUPPLIER_CODE.eq(supplier).and(TRANSFER.RECIPIENT_CODE.eq(recipient))
                .or(TRANSFER.SUPPLIER_CODE.eq(recipient).and(TRANSFER.RECIPIENT_CODE.eq(supplier))));
        }
        else if (filter.eitherDirection() && (supplier != null || recipient != null)) {
            var one = supplier != null ? supplier : recipient;
            conditions.add(TRANSFER.SUPPLIER_CODE.eq(one).or(TRANSFER.RECIPIENT_CODE.eq(one)));
        }
        else {
            if (supplier != null) {
                conditions.add(TRANSFER.SUPPLIER_CODE.eq(supplier));
            }
            if (recipient != null) {
                conditions.add(TRANSFER.RECIPIENT_CODE.eq(recipient));
            }
        }
        if (filter.kind() != null) {
            conditions.add(TRANSFER.KIND.eq(filter.kind().dbValue()));
        }
        if (filter.categoryCode() != null) {
            conditions.add(TRANSFER.CATEGORY_CODE.eq(filter.categoryCode()));
        }
        if (filter.status() != null) {
            conditions.add(TRANSFER.STATUS.eq(filter.status().dbValue()));
        }
        if (filter.confidence() != null) {
            conditions.add(TRANSFER.CONFIDENCE.eq(filter.confidence().dbValue()));
        }
        if (filter.reviewState() != null) {
            conditions.add(TRANSFER.REVIEW_STATE.eq(filter.reviewState().dbValue()));
        }
        if (filter.periodFrom() != null || filter.periodTo() != null) {
            // The same expression as the GiST index transfer_by_period, so the index serves it.
            conditions.add(DSL.condition("daterange({0}, {1}, '[]') && daterange({2}, {3}, '[]')",
                    TRANSFER.PERIOD_START, TRANSFER.PERIOD_END,
                    DSL.val(filter.periodFrom(), SQLDataType.LOCALDATE), DSL.val(filter.periodTo(), SQLDataType.LOCALDATE)));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add(DSL.condition("{0} @@ websearch_to_tsquery('english', {1})", TRANSFER.SEARCH_DOCUMENT,
                    DSL.val(filter.text().strip())));
        }
        if (filter.addedSince() != null) {
            conditions.add(TRANSFER.CREATED_AT.ge(filter.addedSince().atStartOfDay().atOffset(java.time.ZoneOffset.UTC)));
        }
        return DSL.and(conditions);
    }

    List<TransferRow> page(Condition condition, TransferSort sort, int offset, int limit) {
        return pageQuery(condition, sort, offset, limit).fetch(this::toRow);
    }

    /** The page query itself, so that the benchmark can run the very same SQL over plain JDBC. */
    org.jooq.ResultQuery<Record> pageQuery(Condition condition, TransferSort sort, int offset, int limit) {
        var evidence = select(countDistinct(CLAIM_LINK.SOURCE_ID).as("sources"),
                count().filterWhere(CLAIM_LINK.STANCE.eq(Stance.DISPUTES.dbValue())).as("disputing"),
                min(CLAIM_LINK.RELIABILITY.concat(CLAIM_LINK.CREDIBILITY.cast(SQLDataType.VARCHAR)))
                    .filterWhere(CLAIM_LINK.STANCE.eq(Stance.SUPPORTS.dbValue())).as("best_grade"))
            .from(CLAIM_LINK)
            .where(CLAIM_LINK.TRANSFER_ID.eq(TRANSFER.ID))
            .asTable("ev");
        return dsl.select(List.<org.jooq.SelectFieldOrAsterisk>of(TRANSFER.ID, TRANSFER.SUPPLIER_CODE, SUPPLIER.NAME, TRANSFER.RECIPIENT_CODE, RECIPIENT.NAME,
                    TRANSFER.KIND, TRANSFER.CATEGORY_CODE, TRANSFER.ITEM, TRANSFER.QUANTITY_LOW, TRANSFER.QUANTITY_HIGH,
                    TRANSFER.QUANTITY_UNIT, TRANSFER.QUANTITY_ESTIMATE, TRANSFER.PERIOD_START, TRANSFER.PERIOD_END,
                    TRANSFER.PERIOD_PRECISION, TRANSFER.STATUS, TRANSFER.CONFIDENCE, TRANSFER.REVIEW_STATE, SOURCES,
                    DISPUTING, BEST_GRADE))
            .from(TRANSFER)
            .join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .leftJoin(lateral(evidence)).on(trueCondition())
            .where(condition)
            .orderBy(order(sort))
            .offset(offset)
            .limit(limit);
    }

    int countMatching(Condition condition) {
        return countQuery(condition).fetchSingle().value1();
    }

    org.jooq.ResultQuery<org.jooq.Record1<Integer>> countQuery(Condition condition) {
        return dsl.selectCount().from(TRANSFER).where(condition);
    }

    private static List<SortField<?>> order(TransferSort sort) {
        var order = new ArrayList<SortField<?>>();
        var confidenceRank = DSL.when(TRANSFER.CONFIDENCE.eq("high"), DSL.inline(0))
            .when(TRANSFER.CONFIDENCE.eq("moderate"), DSL.inline(1))
            .else_(DSL.inline(2));
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

    private TransferRow toRow(Record r) {
        var precision = r.get(TRANSFER.PERIOD_PRECISION);
        var period = precision == null ? null
                : new Period(r.get(TRANSFER.PERIOD_START), r.get(TRANSFER.PERIOD_END), PeriodPrecision.fromDb(precision));
        var sources = r.get(SOURCES);
        var disputing = r.get(DISPUTING);
        return new TransferRow(r.get(TRANSFER.ID), r.get(TRANSFER.SUPPLIER_CODE), r.get(SUPPLIER.NAME),
                r.get(TRANSFER.RECIPIENT_CODE), r.get(RECIPIENT.NAME), TransferKind.fromDb(r.get(TRANSFER.KIND)),
                r.get(TRANSFER.CATEGORY_CODE), r.get(TRANSFER.ITEM),
                new Quantity(r.get(TRANSFER.QUANTITY_LOW), r.get(TRANSFER.QUANTITY_HIGH), r.get(TRANSFER.QUANTITY_UNIT),
                        r.get(TRANSFER.QUANTITY_ESTIMATE)),
                period, TransferStatus.fromDb(r.get(TRANSFER.STATUS)), Confidence.fromDb(r.get(TRANSFER.CONFIDENCE)),
                ReviewState.fromDb(r.get(TRANSFER.REVIEW_STATE)),
                new EvidenceSummary(sources == null ? 0 : sources, disputing == null ? 0 : disputing, r.get(BEST_GRADE)));
    }

    Optional<Transfer> findById(long id) {
        return dsl.selectFrom(TRANSFER).where(TRANSFER.ID.eq(id)).fetchOptional(TransferRepository::toTransfer);
    }

    private static Transfer toTransfer(TransferRecord r) {
        var period = r.getPeriodPrecision() == null ? null
                : new Period(r.getPeriodStart(), r.getPeriodEnd(), PeriodPrecision.fromDb(r.getPeriodPrecision()));
        var fields = new TransferDraft(r.getSupplierCode(), r.getRecipientCode(), TransferKind.fromDb(r.getKind()),
                r.getCategoryCode(), r.getItem(), r.getDesignation(),
                new Quantity(r.getQuantityLow(), r.getQuantityHigh(), r.getQuantityUnit(), r.getQuantityEstimate()),
                r.getValueUsdEstimate(), TransferStatus.fromDb(r.getStatus()), period, r.getFirstReportedOn(),
                r.getRouteNotes(), r.getNotes(), Confidence.fromDb(r.getConfidence()));
        return new Transfer(r.getId(), fields, ReviewState.fromDb(r.getReviewState()), r.getReviewNote(),
                r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }

    Optional<Long> findIdByNaturalKey(String naturalKey) {
        return dsl.select(TRANSFER.ID).from(TRANSFER).where(TRANSFER.NATURAL_KEY.eq(naturalKey)).fetchOptional(TRANSFER.ID);
    }

    long insert(TransferDraft draft, @Nullable String naturalKey, long userId) {
        var record = dsl.newRecord(TRANSFER);
        apply(record, draft);
        record.setNaturalKey(naturalKey);
        record.setCreatedBy(userId);
        record.setUpdatedBy(userId);
        return dsl.insertInto(TRANSFER).set(record).returning(TRANSFER.ID).fetchSingle(TRANSFER.ID);
    }

    /**
     * Saves the draft over version {@code expectedVersion}; returns false, changing nothing, when the row
     * is no longer at that version.
     */
    boolean update(long id, int expectedVersion, TransferDraft draft, long userId) {
        var record = dsl.newRecord(TRANSFER);
        apply(record, draft);
        record.setUpdatedBy(userId);
        record.setUpdatedAt(java.time.OffsetDateTime.now());
        record.setVersion(expectedVersion + 1);
        record.changed(TRANSFER.ID, false);
        record.changed(TRANSFER.SEARCH_DOCUMENT, false);
        record.changed(TRANSFER.REVIEW_STATE, false);
        record.changed(TRANSFER.CREATED_BY, false);
        record.changed(TRANSFER.CREATED_AT, false);
        record.changed(TRANSFER.NATURAL_KEY, false);
        return dsl.update(TRANSFER).set(record)
            .where(TRANSFER.ID.eq(id).and(TRANSFER.VERSION.eq(expectedVersion)))
            .execute() == 1;
    }

    boolean updateReviewState(long id, int expectedVersion, ReviewState state, @Nullable String note, long userId) {
        return dsl.update(TRANSFER)
            .set(TRANSFER.REVIEW_STATE, state.dbValue())
            .set(TRANSFER.REVIEW_NOTE, note)
            .set(TRANSFER.UPDATED_BY, userId)
            .set(TRANSFER.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(TRANSFER.VERSION, TRANSFER.VERSION.plus(1))
            .where(TRANSFER.ID.eq(id).and(TRANSFER.VERSION.eq(expectedVersion)))
            .execute() == 1;
    }

    JSONB snapshot(long id) {
        return dsl.select(field("to_jsonb({0}) - 'search_document'", JSONB.class, DSL.name("snapshot")))
            .from(TRANSFER.as("snapshot"))
            .where(TRANSFER.as("snapshot").ID.eq(id))
            .fetchSingle()
            .value1();
    }

    private static void apply(TransferRecord record, TransferDraft draft) {
        record.setSupplierCode(draft.supplierCode());
        record.setRecipientCode(draft.recipientCode());
        record.setKind(draft.kind() == null ? null : draft.kind().dbValue());
        record.setCategoryCode(draft.categoryCode());
        record.setItem(draft.item() == null ? null : draft.item().strip());
        record.setDesignation(blankToNull(draft.designation()));
        record.setQuantityLow(draft.quantity().low());
        record.setQuantityHigh(draft.quantity().high());
        record.setQuantityUnit(blankToNull(draft.quantity().unit()));
        record.setQuantityEstimate(draft.quantity().estimate());
        record.setValueUsdEstimate(draft.valueUsdEstimate());
        record.setStatus(draft.status() == null ? null : draft.status().dbValue());
        var period = draft.period();
        record.setPeriodStart(period == null ? null : period.start());
        record.setPeriodEnd(period == null ? null : period.end());
        record.setPeriodPrecision(period == null ? null : period.precision().dbValue());
        record.setFirstReportedOn(draft.firstReportedOn());
        record.setRouteNotes(blankToNull(draft.routeNotes()));
        record.setNotes(blankToNull(draft.notes()));
        record.setConfidence(draft.confidence() == null ? null : draft.confidence().dbValue());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Condition visibleToViewers() {
        return TRANSFER.REVIEW_STATE.eq(ReviewState.PUBLISHED.dbValue());
    }


}
