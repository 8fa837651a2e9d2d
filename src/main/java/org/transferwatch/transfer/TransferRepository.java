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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

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

    private static final Field<Long> BEST_SOURCE_ID = field(DSL.name("best", "source_id"), SQLDataType.BIGINT);

    private static final Field<String> BEST_QUOTE = field(DSL.name("best", "quote"), SQLDataType.CLOB);

    private static final Field<String> BEST_STANCE = field(DSL.name("best", "stance"), SQLDataType.CLOB);

    private static final Field<String> BEST_RELIABILITY = field(DSL.name("best", "reliability"), SQLDataType.CHAR(1));

    private static final Field<Short> BEST_CREDIBILITY = field(DSL.name("best", "credibility"), SQLDataType.SMALLINT);

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
        return pageQuery(condition, sort, offset, limit, List.of());
    }

    /**
     * The page with the count of matching transfers up to {@code countLimit} (see {@link #countUpTo}) in one
     * statement: one round trip to the database instead of two, and page and count from one snapshot without a
     * transaction around them. The count is an uncorrelated subquery, which PostgreSQL runs once (an InitPlan),
     * not once per row. A page past the end has no row to carry the count; then it is counted on its own.
     */
    TransferPage pageWithCount(Condition condition, TransferSort sort, int offset, int limit, int countLimit) {
        var records = pageWithCountQuery(condition, sort, offset, limit, countLimit).fetch();
        if (records.isEmpty()) {
            return new TransferPage(List.of(), offset == 0 ? TransferCount.exactly(0) : countUpTo(condition, countLimit));
        }
        var counted = records.getFirst().get(COUNTED_UP_TO);
        return new TransferPage(records.map(this::toRow),
                counted > countLimit ? TransferCount.moreThan(countLimit) : TransferCount.exactly(counted));
    }

    org.jooq.ResultQuery<Record> pageWithCountQuery(Condition condition, TransferSort sort, int offset, int limit,
            int countLimit) {
        return pageQuery(condition, sort, offset, limit, List.of(DSL.field(countUpToQuery(condition, countLimit))
            .as(COUNTED_UP_TO.getName())));
    }

    private static final Field<Integer> COUNTED_UP_TO = field(DSL.name("counted_up_to"), SQLDataType.INTEGER);

    private org.jooq.ResultQuery<Record> pageQuery(Condition condition, TransferSort sort, int offset, int limit,
            List<Field<?>> extraFields) {
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
            .select(extraFields)
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

    /**
     * Counts the matching transfers up to {@code limit + 1}: the database stops reading after that many,
     * so a count over a million rows costs no more than one over ten thousand.
     */
    TransferCount countUpTo(Condition condition, int limit) {
        var counted = countUpToQuery(condition, limit).fetchSingle().value1();
        return counted > limit ? TransferCount.moreThan(limit) : TransferCount.exactly(counted);
    }

    org.jooq.Select<org.jooq.Record1<Integer>> countUpToQuery(Condition condition, int limit) {
        return dsl.selectCount().from(dsl.selectOne().from(TRANSFER).where(condition).limit(limit + 1).asTable("matching"));
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
        record.setNaturalKey(naturalKey != null ? naturalKey : newNaturalKey());
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

    /** The key of a transfer entered by hand: random, so that it never collides with an import's key. */
    static String newNaturalKey() {
        return "tw:" + UUID.randomUUID();
    }

    /** The best claim's source in {@link #export}: a column of the lateral table {@code best}. */
    static Field<Long> bestClaimSourceId() {
        return BEST_SOURCE_ID;
    }

    /**
     * Streams the matching transfers in id order to the sink through a server-side cursor: the caller's
     * transaction must be open (PostgreSQL's driver only uses a cursor with auto-commit off), and at most
     * {@code fetchSize} rows are in memory at once. The source's title and URL come from the source
     * feature as expressions over {@link #bestClaimSourceId()}.
     */
    void export(Condition condition, Field<String> sourceTitle, Field<String> sourceUrl, int fetchSize,
            Consumer<TransferExport> sink) {
        var evidence = select(countDistinct(CLAIM_LINK.SOURCE_ID).as("sources"),
                count().filterWhere(CLAIM_LINK.STANCE.eq(Stance.DISPUTES.dbValue())).as("disputing"),
                min(CLAIM_LINK.RELIABILITY.concat(CLAIM_LINK.CREDIBILITY.cast(SQLDataType.VARCHAR)))
                    .filterWhere(CLAIM_LINK.STANCE.eq(Stance.SUPPORTS.dbValue())).as("best_grade"))
            .from(CLAIM_LINK)
            .where(CLAIM_LINK.TRANSFER_ID.eq(TRANSFER.ID))
            .asTable("ev");
        var best = select(CLAIM_LINK.SOURCE_ID, CLAIM_LINK.QUOTE, CLAIM_LINK.STANCE, CLAIM_LINK.RELIABILITY,
                    CLAIM_LINK.CREDIBILITY)
            .from(CLAIM_LINK)
            .where(CLAIM_LINK.TRANSFER_ID.eq(TRANSFER.ID))
            .orderBy(CLAIM_LINK.STANCE.desc(), CLAIM_LINK.RELIABILITY, CLAIM_LINK.CREDIBILITY, CLAIM_LINK.ID)
            .limit(1)
            .asTable("best");
        var fields = new ArrayList<Field<?>>(List.of(TRANSFER.fields()));
        fields.remove(TRANSFER.SEARCH_DOCUMENT);
        fields.addAll(List.of(SUPPLIER.NAME, RECIPIENT.NAME, SOURCES, DISPUTING, BEST_GRADE, BEST_SOURCE_ID, BEST_QUOTE,
                BEST_STANCE, BEST_RELIABILITY, BEST_CREDIBILITY, sourceTitle.as("best_source_title"),
                sourceUrl.as("best_source_url")));
        try (var cursor = dsl.select(fields)
            .from(TRANSFER)
            .join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .leftJoin(lateral(evidence)).on(trueCondition())
            .leftJoin(lateral(best)).on(trueCondition())
            .where(condition)
            .orderBy(TRANSFER.ID)
            .fetchSize(fetchSize)
            .fetchLazy()) {
            for (var r : cursor) {
                var transfer = toTransfer(r.into(TRANSFER));
                var sources = r.get(SOURCES);
                var disputing = r.get(DISPUTING);
                var sourceId = r.get(BEST_SOURCE_ID);
                var bestClaim = sourceId == null ? null
                        : new TransferExport.BestClaim(sourceId, r.get("best_source_title", String.class),
                                r.get("best_source_url", String.class), r.get(BEST_QUOTE),
                                Stance.fromDb(r.get(BEST_STANCE)),
                                new AdmiraltyGrade(r.get(BEST_RELIABILITY).charAt(0), r.get(BEST_CREDIBILITY)));
                sink.accept(new TransferExport(transfer.id(), r.get(TRANSFER.NATURAL_KEY), transfer.fields(),
                        r.get(SUPPLIER.NAME), r.get(RECIPIENT.NAME), transfer.reviewState(),
                        new EvidenceSummary(sources == null ? 0 : sources, disputing == null ? 0 : disputing,
                                r.get(BEST_GRADE)),
                        bestClaim));
            }
        }
    }

    /** The editable columns an import writes. */
    private static final List<Field<?>> IMPORT_COLUMNS = List.of(TRANSFER.SUPPLIER_CODE, TRANSFER.RECIPIENT_CODE,
            TRANSFER.KIND, TRANSFER.CATEGORY_CODE, TRANSFER.ITEM, TRANSFER.DESIGNATION, TRANSFER.QUANTITY_LOW,
            TRANSFER.QUANTITY_HIGH, TRANSFER.QUANTITY_UNIT, TRANSFER.QUANTITY_ESTIMATE, TRANSFER.VALUE_USD_ESTIMATE,
            TRANSFER.STATUS, TRANSFER.PERIOD_START, TRANSFER.PERIOD_END, TRANSFER.PERIOD_PRECISION,
            TRANSFER.FIRST_REPORTED_ON, TRANSFER.ROUTE_NOTES, TRANSFER.NOTES, TRANSFER.CONFIDENCE);

    private static TransferRecord importRecord(TransferDraft draft) {
        var record = new TransferRecord();
        apply(record, draft);
        return record;
    }

    /**
     * Plans every statement of the current transaction for its actual parameters and table sizes. A bulk
     * import grows the tables by tens of thousands of rows in one transaction; plans cached while they
     * were small (the driver's prepared statements, the search triggers') would scan them in full for
     * every row.
     */
    void planForGrowingTables() {
        dsl.execute("set local plan_cache_mode = force_custom_plan");
    }

    /**
     * Leaves the search documents alone for the rest of the transaction (see migration V022): a bulk import
     * refreshes those it wrote once, with {@link #refreshSearchDocuments}, instead of once per row written.
     */
    void deferSearchDocuments(boolean deferred) {
        dsl.fetch("select set_config('transferwatch.search_refresh', ?, true)", deferred ? "deferred" : "");
    }

    /** Recomputes the search documents of these transfers, quotes of their claims included. */
    void refreshSearchDocuments(java.util.Collection<Long> ids) {
        if (!ids.isEmpty()) {
            dsl.execute("update transfer set search_document = transfer_search_document(id, item, designation, notes,"
                    + " route_notes) where id = any(?)", (Object) ids.toArray(Long[]::new));
        }
    }

    /**
     * Which rows of a batch an import created, changed or could not change, the ids of those it may change,
     * and the ids of those it created.
     */
    record UpsertResult(ImportOutcome outcome, Map<String, Long> editableIds, java.util.Set<Long> insertedIds,
            java.util.Set<Long> updatedIds) {
    }

    /**
     * Inserts or updates the batch by natural key in one statement. A stored transfer is updated only
     * when a field differs and it is a draft or {@code mayChangeReviewed}; the version goes up with
     * every update, as for an edit in the form. A new transfer's search document is written with it,
     * from its fields and the quote of its claim (with the refresh deferred, see
     * {@link #deferSearchDocuments}); an updated one's is left to {@link #refreshSearchDocuments}.
     */
    UpsertResult upsert(List<ImportedTransfer> batch, long userId, boolean mayChangeReviewed) {
        var columns = new ArrayList<Field<?>>();
        columns.add(TRANSFER.NATURAL_KEY);
        columns.addAll(IMPORT_COLUMNS);
        columns.add(TRANSFER.SEARCH_DOCUMENT);
        columns.add(TRANSFER.CREATED_BY);
        columns.add(TRANSFER.UPDATED_BY);
        var insert = dsl.insertInto(TRANSFER, columns);
        for (var row : batch) {
            var record = importRecord(row.draft());
            var values = new ArrayList<Object>();
            values.add(row.naturalKey());
            for (var column : IMPORT_COLUMNS) {
                values.add(record.get(column));
            }
            values.add(DSL.field("transfer_search_document_of({0}, {1}, {2}, {3}, {4})", TRANSFER.SEARCH_DOCUMENT.getDataType(),
                    DSL.val(record.getItem(), SQLDataType.CLOB), DSL.val(record.getDesignation(), SQLDataType.CLOB),
                    DSL.val(record.getNotes(), SQLDataType.CLOB), DSL.val(record.getRouteNotes(), SQLDataType.CLOB),
                    DSL.val(row.claim() == null ? null : row.claim().quote().strip(), SQLDataType.CLOB)));
            values.add(userId);
            values.add(userId);
            insert = insert.values(values);
        }
        var updates = new LinkedHashMap<Field<?>, Object>();
        for (var column : IMPORT_COLUMNS) {
            updates.put(column, DSL.excluded(column));
        }
        updates.put(TRANSFER.UPDATED_BY, DSL.excluded(TRANSFER.UPDATED_BY));
        updates.put(TRANSFER.UPDATED_AT, DSL.currentOffsetDateTime());
        updates.put(TRANSFER.VERSION, TRANSFER.VERSION.plus(1));
        var mayChange = mayChangeReviewed ? trueCondition() : TRANSFER.REVIEW_STATE.eq(ReviewState.DRAFT.dbValue());
        var changed = DSL.row(IMPORT_COLUMNS)
            .isDistinctFrom(DSL.row(IMPORT_COLUMNS.stream().map(column -> (Field<?>) DSL.excluded(column)).toList()));
        var inserted = field("(xmax = 0)", SQLDataType.BOOLEAN).as("inserted");
        var written = insert.onConflict(TRANSFER.NATURAL_KEY)
            .doUpdate()
            .set(updates)
            .where(mayChange.and(changed))
            .returningResult(TRANSFER.ID, inserted)
            .fetch();
        var insertedIds = new java.util.HashSet<Long>();
        var updatedIds = new java.util.HashSet<Long>();
        written.forEach(r -> (Boolean.TRUE.equals(r.value2()) ? insertedIds : updatedIds).add(r.value1()));
        var insertedCount = insertedIds.size();
        var updatedCount = updatedIds.size();
        var keys = batch.stream().map(ImportedTransfer::naturalKey).toList();
        var editable = dsl.select(TRANSFER.NATURAL_KEY, TRANSFER.ID)
            .from(TRANSFER)
            .where(TRANSFER.NATURAL_KEY.in(keys).and(mayChange))
            .fetchMap(TRANSFER.NATURAL_KEY, TRANSFER.ID);
        var unchanged = editable.size() - written.size();
        return new UpsertResult(new ImportOutcome(insertedCount, updatedCount, unchanged, batch.size() - editable.size()),
                editable, insertedIds, updatedIds);
    }

    static Condition visibleToViewers() {
        return TRANSFER.REVIEW_STATE.eq(ReviewState.PUBLISHED.dbValue());
    }


}
