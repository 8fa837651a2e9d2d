package org.transferwatch.transfer;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.trueCondition;
import static org.transferwatch.db.Tables.CLAIM_LINK;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.db.Tables.TRANSFER_EVIDENCE;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.postgresql.jdbc.PgConnection;
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

    /**
     * The part of the filter that the pair tally can answer too: states and direction, kind, review state.
     * One definition for the transfers and the tally, so that a tallied count is the list's count.
     */
    static Condition statesKindAndReviewState(TransferFilter filter, Field<String> supplierField,
            Field<String> recipientField, Field<String> kindField, Field<String> reviewStateField) {
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
        if (filter.kind() != null) {
            conditions.add(kindField.eq(filter.kind().dbValue()));
        }
        if (filter.reviewState() != null) {
            conditions.add(reviewStateField.eq(filter.reviewState().dbValue()));
        }
        return DSL.and(conditions);
    }

    /** Whether the filter names nothing but states, direction, kind and review state (see above). */
    static boolean onlyTalliedCriteria(TransferFilter filter) {
        return filter.categoryCode() == null && filter.status() == null && filter.confidence() == null
                && filter.periodFrom() == null && filter.periodTo() == null && filter.issuerCode() == null
                && (filter.text() == null || filter.text().isBlank()) && filter.addedSince() == null && !filter.flagged();
    }

    List<TransferRow> page(TransferSelection selection, TransferSort sort, int offset, int limit) {
        return pageQuery(selection, sort, offset, limit).fetch(this::toRow);
    }

    /** The page query itself, so that the benchmark can run the very same SQL over plain JDBC. */
    org.jooq.ResultQuery<Record> pageQuery(TransferSelection selection, TransferSort sort, int offset, int limit) {
        return pageQuery(selection, sort, offset, limit, List.of());
    }

    /**
     * The page with the count of matching transfers up to {@code countLimit} (see {@link #countUpTo}) in one
     * statement: one round trip to the database instead of two, and page and count from one snapshot without a
     * transaction around them. The count is an uncorrelated subquery, which PostgreSQL runs once (an InitPlan),
     * not once per row. A page past the end has no row to carry the count; then it is counted on its own.
     */
    TransferPage pageWithCount(TransferSelection selection, TransferSort sort, int offset, int limit, int countLimit) {
        var records = pageWithCountQuery(selection, sort, offset, limit, countLimit).fetch();
        if (records.isEmpty()) {
            return new TransferPage(List.of(), offset == 0 ? TransferCount.exactly(0) : countUpTo(selection, countLimit));
        }
        var counted = records.getFirst().get(COUNTED_UP_TO);
        return new TransferPage(records.map(this::toRow),
                counted > countLimit ? TransferCount.moreThan(countLimit) : TransferCount.exactly(counted));
    }

    org.jooq.ResultQuery<Record> pageWithCountQuery(TransferSelection selection, TransferSort sort, int offset, int limit,
            int countLimit) {
        return pageQuery(selection, sort, offset, limit, List.of(DSL.field(countUpToQuery(selection, countLimit))
            .as(COUNTED_UP_TO.getName())));
    }

    private static final Field<Integer> COUNTED_UP_TO = field(DSL.name("counted_up_to"), SQLDataType.INTEGER);

    /**
     * The page in two steps (a "deferred join"): first the ids of the page's transfers, in order, from the
     * transfers alone; then their columns, country names and evidence for those rows only. In one step,
     * PostgreSQL joined the names and summed up the claims of every row it skipped too: 10,050 rows for the
     * page at offset 10,000.
     */
    private org.jooq.ResultQuery<Record> pageQuery(TransferSelection selection, TransferSort sort, int offset, int limit,
            List<Field<?>> extraFields) {
        var evidence = select(countDistinct(CLAIM_LINK.SOURCE_ID).as("sources"),
                count().filterWhere(CLAIM_LINK.STANCE.eq(Stance.DISPUTES.dbValue())).as("disputing"),
                min(CLAIM_LINK.RELIABILITY.concat(CLAIM_LINK.CREDIBILITY.cast(SQLDataType.VARCHAR)))
                    .filterWhere(CLAIM_LINK.STANCE.eq(Stance.SUPPORTS.dbValue())).as("best_grade"))
            .from(CLAIM_LINK)
            .where(CLAIM_LINK.TRANSFER_ID.eq(TRANSFER.ID))
            .asTable("ev");
        var page = pageIds(selection, sort, offset, limit).asTable("page");
        return dsl.select(List.<org.jooq.SelectFieldOrAsterisk>of(TRANSFER.ID, TRANSFER.SUPPLIER_CODE, SUPPLIER.NAME, TRANSFER.RECIPIENT_CODE, RECIPIENT.NAME,
                    TRANSFER.KIND, TRANSFER.CATEGORY_CODE, TRANSFER.ITEM, TRANSFER.QUANTITY_LOW, TRANSFER.QUANTITY_HIGH,
                    TRANSFER.QUANTITY_UNIT, TRANSFER.QUANTITY_ESTIMATE, TRANSFER.PERIOD_START, TRANSFER.PERIOD_END,
                    TRANSFER.PERIOD_PRECISION, TRANSFER.STATUS, TRANSFER.CONFIDENCE, TRANSFER.REVIEW_STATE, SOURCES,
                    DISPUTING, BEST_GRADE))
            .select(extraFields)
            .from(page)
            .join(TRANSFER).on(TRANSFER.ID.eq(page.field(TRANSFER.ID)))
            .join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .leftJoin(lateral(evidence)).on(trueCondition())
            .orderBy(order(sort));
    }

    /**
     * The ids of the page's transfers in the page's order. Newest first with two parts (a pair in either
     * direction), each part gives its newest offset + limit ids, read in order from the pair index, and only
     * those are sorted: without the limit per part PostgreSQL read and sorted every transfer of both directions
     * (175,184 for PRK ⇄ RUS; it does not merge the two ordered index scans of a UNION ALL on its own). The
     * countries are joined only to sort by their names: every transfer has exactly one supplier and one
     * recipient (not null, foreign keys), so the join drops no row.
     */
    private static org.jooq.Select<org.jooq.Record1<Long>> pageIds(TransferSelection selection, TransferSort sort,
            int offset, int limit) {
        if (sort == TransferSort.NEWEST && selection.parts().size() > 1) {
            var matching = selection.parts().stream()
                .map(part -> (org.jooq.Select<org.jooq.Record1<Long>>) select(TRANSFER.ID).from(TRANSFER).where(part)
                    .orderBy(TRANSFER.ID.desc()).limit(offset + limit))
                .reduce(org.jooq.Select::unionAll)
                .orElseThrow()
                .asTable("matching");
            var id = matching.field(TRANSFER.ID);
            return select(id).from(matching).orderBy(id.desc()).offset(offset).limit(limit);
        }
        org.jooq.Table<?> from = sort == TransferSort.PAIR || sort == TransferSort.PAIR_DESC
                ? TRANSFER.join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
                    .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
                : TRANSFER;
        return select(TRANSFER.ID).from(from).where(selection.all()).orderBy(order(sort)).offset(offset).limit(limit);
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
    TransferCount countUpTo(TransferSelection selection, int limit) {
        var counted = countUpToQuery(selection, limit).fetchSingle().value1();
        return counted > limit ? TransferCount.moreThan(limit) : TransferCount.exactly(counted);
    }

    /**
     * With two parts, each part stops after {@code limit + 1} rows on its own, and the two together too: an
     * index-only scan of each direction's pair index, where the OR of both read the recipient index in full.
     */
    org.jooq.Select<org.jooq.Record1<Integer>> countUpToQuery(TransferSelection selection, int limit) {
        if (selection.parts().size() == 1) {
            return dsl.selectCount().from(dsl.selectOne().from(TRANSFER).where(selection.all()).limit(limit + 1)
                .asTable("matching"));
        }
        var parts = selection.parts().stream()
            .map(part -> (org.jooq.Select<org.jooq.Record1<Integer>>) selectOne().from(TRANSFER).where(part).limit(limit + 1))
            .reduce(org.jooq.Select::unionAll)
            .orElseThrow()
            .asTable("parts");
        return dsl.selectCount().from(selectOne().from(parts).limit(limit + 1).asTable("matching"));
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

    /** A text cell of the CSV export, neutralised against spreadsheet formulas (migration V030). */
    private static Field<String> cell(Field<?> value) {
        return field("csv_cell({0})", SQLDataType.CLOB, value.getDataType().isString() ? value : value.cast(SQLDataType.CLOB));
    }

    /**
     * The export's transaction settings. Compiling the expressions of a big export just in time cost seconds more
     * than it saved. Two parallel workers and the leader scan, join and format the cells of their share of the
     * transfers, then the leader merges their rows in id order and writes the CSV: with the evidence summary read
     * as one row per transfer (V049) the work splits cleanly. Measured with COPY to /dev/null on 1,000,000
     * transfers (2 cores): 16.8 s without workers, 7.2-7.8 s with two. The memory keeps the summary's hash table
     * (≈ 150 MB for a million transfers in one parallel hash, at most 128 MB per process with PostgreSQL's default
     * hash_mem_multiplier of 2) mostly in memory and most of each process's sort out of temporary files: an export
     * of everything may hold a few hundred MB of the server's memory while it runs, each export running at the
     * same time as much again.
     */
    static final List<String> EXPORT_SETTINGS = List.of("set local jit = off",
            "set local max_parallel_workers_per_gather = 2", "set local work_mem = '64MB'");

    /**
     * Streams the matching transfers in id order to {@code out} as CSV records: the columns of the exchange
     * format from natural_key to grade, quoted as RFC 4180 says, every record ended by CRLF, every text cell
     * neutralised. PostgreSQL formats them (COPY ... TO STDOUT, FORMAT csv) and the bytes go to the output as
     * they arrive, so nothing of the result is held in memory. COPY takes no parameters, so the query is
     * rendered with its values inlined (jOOQ quotes them as literals). The best claim's source comes from the
     * source feature as a table of ids, titles and URLs. Returns the number of records.
     */
    long exportCsv(Condition condition, org.jooq.Table<org.jooq.Record3<Long, String, String>> sources, OutputStream out) {
        var copy = exportStatement(condition, sources);
        EXPORT_SETTINGS.forEach(dsl::execute);
        return dsl.connectionResult(connection -> {
            try (var records = new CrlfRecordEnds(out)) {
                return connection.unwrap(PgConnection.class).getCopyAPI().copyOut(copy, records);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The COPY statement of {@link #exportCsv}, its values inlined. */
    String exportStatement(Condition condition, org.jooq.Table<org.jooq.Record3<Long, String, String>> sources) {
        // Each transfer's number of sources, of disputing sources and its best claim (source, stance, grade, quote)
        // come from its evidence summary (V049), one row per transfer with claims, kept by triggers.
        var evidence = TRANSFER_EVIDENCE.as("ev");
        var bestGrade = evidence.RELIABILITY.concat(evidence.CREDIBILITY.cast(SQLDataType.VARCHAR));
        // The best grade among the supporting claims is the best claim's grade when that one supports: supporting
        // claims come first, and within them the lowest grade.
        var evidenceLabel = DSL.when(evidence.SOURCES.isNull(), DSL.inline("No sources"))
            .else_(evidence.SOURCES.cast(SQLDataType.CLOB)
                .concat(DSL.when(evidence.SOURCES.eq(1), DSL.inline(" source")).else_(DSL.inline(" sources")))
                .concat(DSL.when(evidence.DISPUTING.gt(0),
                        DSL.inline(", ").concat(evidence.DISPUTING.cast(SQLDataType.CLOB)).concat(DSL.inline(" disputing")))
                    .else_(DSL.inline("")))
                .concat(DSL.when(evidence.STANCE.eq(Stance.SUPPORTS.dbValue()), DSL.inline(", best ").concat(bestGrade))
                    .else_(DSL.inline(""))));
        var query = dsl.select(cell(TRANSFER.NATURAL_KEY), cell(TRANSFER.SUPPLIER_CODE), cell(SUPPLIER.NAME),
                    cell(TRANSFER.RECIPIENT_CODE), cell(RECIPIENT.NAME), TRANSFER.KIND, cell(TRANSFER.CATEGORY_CODE),
                    cell(TRANSFER.ITEM), cell(TRANSFER.DESIGNATION), TRANSFER.QUANTITY_LOW, TRANSFER.QUANTITY_HIGH,
                    cell(TRANSFER.QUANTITY_UNIT), TRANSFER.QUANTITY_ESTIMATE.cast(SQLDataType.CLOB),
                    TRANSFER.VALUE_USD_ESTIMATE, TRANSFER.STATUS, TRANSFER.PERIOD_START, TRANSFER.PERIOD_END,
                    TRANSFER.PERIOD_PRECISION, TRANSFER.FIRST_REPORTED_ON, cell(TRANSFER.ROUTE_NOTES),
                    cell(TRANSFER.NOTES), TRANSFER.CONFIDENCE, TRANSFER.REVIEW_STATE, evidenceLabel,
                    evidence.SOURCE_ID, cell(sources.field(1, String.class)), cell(sources.field(2, String.class)),
                    cell(evidence.QUOTE), evidence.STANCE,
                    bestGrade)
            .from(TRANSFER)
            .join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .leftJoin(evidence).on(evidence.TRANSFER_ID.eq(TRANSFER.ID))
            .leftJoin(sources).on(sources.field(0, Long.class).eq(evidence.SOURCE_ID))
            .where(condition)
            .orderBy(TRANSFER.ID);
        return "copy (" + dsl.renderInlined(query) + ") to stdout with (format csv)";
    }

    /**
     * COPY ends CSV records with LF; RFC 4180 (and the exchange format) ends them with CRLF. Line breaks
     * inside quoted fields stay as they are: a double quote toggles between inside and outside a field
     * (an escaped quote toggles twice), and no byte of a multi-byte UTF-8 character is a quote or LF.
     * Closing it flushes but leaves the underlying stream open.
     */
    private static final class CrlfRecordEnds extends java.io.FilterOutputStream {

        private boolean quoted;

        CrlfRecordEnds(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            var from = offset;
            for (int i = offset; i < offset + length; i++) {
                var b = bytes[i];
                if (b == '"') {
                    quoted = !quoted;
                }
                else if (b == '\n' && !quoted) {
                    out.write(bytes, from, i - from);
                    out.write('\r');
                    from = i;
                }
            }
            out.write(bytes, from, offset + length - from);
        }

        @Override
        public void close() throws IOException {
            flush();
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
     * Prepares the current transaction for a bulk import. The application plans every statement for its
     * parameters (plan_cache_mode force_custom_plan, application.yml), and that includes the foreign-key
     * checks PostgreSQL runs for every row written: five per transfer, four per claim, each planned afresh.
     * Measured with EXPLAIN ANALYZE on 10,000 rows (load 6): ≈ 50 µs per check re-planned (4.8 s of the
     * chunk's 7.2 s), ≈ 15 µs with its cached plan (1.3 s of 4.5 s). For the rest of this
     * transaction the checks use cached plans again ({@code auto}). Plans cached before are discarded
     * first: one made while a table was small (the claims' check of a then nearly empty transfer table is
     * a sequential scan) would otherwise scan the table in full for every row while the import grows it.
     * The checks' plans are made afresh at their first use, after the first chunk of transfers is in.
     * The import's own statements are planned once per chunk anyway (each chunk's ANALYZE of the staging
     * table invalidates them). More memory for sorts keeps a chunk's sort by line off the disk.
     */
    void prepareBulkWrite() {
        dsl.execute("discard plans");
        dsl.execute("set local plan_cache_mode = auto");
        dsl.execute("set local work_mem = '64MB'");
    }

    /**
     * Leaves the search documents alone for the rest of the transaction (see migration V022): a bulk import
     * refreshes those it wrote once, with {@link #refreshTouchedSearchDocuments}, instead of once per row written.
     */
    void deferSearchDocuments(boolean deferred) {
        dsl.fetch("select set_config('transferwatch.search_refresh', ?, true)", deferred ? "deferred" : "");
    }

    /** The staging table's columns, in the order {@link #stage} copies them. */
    private static final String STAGED_COLUMNS = "line, natural_key, " + String.join(", ",
            IMPORT_COLUMNS.stream().map(Field::getName).toList())
            + ", source_id, quote, stance, reliability, credibility";

    /**
     * Creates the import's staging tables for the rest of the transaction (once) and empties them: the rows
     * of one chunk, and the transfers the chunk created ({@code inserted}), changed ({@code updated}) or
     * whose claim it changed ({@code claim}).
     */
    void prepareStaging() {
        dsl.execute("create temporary table if not exists transfer_import (line integer not null, natural_key text not null, "
                + "supplier_code varchar(16), recipient_code varchar(16), kind text, category_code text, item text, "
                + "designation text, quantity_low numeric(20, 2), quantity_high numeric(20, 2), quantity_unit text, "
                + "quantity_estimate boolean, value_usd_estimate numeric(20, 2), status text, period_start date, "
                + "period_end date, period_precision text, first_reported_on date, route_notes text, notes text, "
                + "confidence text, source_id bigint, quote text, stance text, reliability char(1), credibility smallint) "
                + "on commit drop");
        dsl.execute("create temporary table if not exists transfer_import_touched (id bigint not null, how text not null) "
                + "on commit drop");
        dsl.execute("truncate transfer_import, transfer_import_touched");
    }

    /**
     * Copies the rows into the staging table with COPY (text format), the fastest way in, and gathers its
     * statistics so that the statements that follow join it to the transfers by index.
     */
    void stage(List<ImportedTransfer> rows) {
        var text = new StringBuilder(rows.size() * 400);
        var position = 0;
        for (var row : rows) {
            var record = importRecord(row.draft());
            ++position;
            text.append(row.line() > 0 ? row.line() : position).append('\t');
            copyValue(text, row.naturalKey());
            for (var column : IMPORT_COLUMNS) {
                text.append('\t');
                copyValue(text, record.get(column));
            }
            var claim = row.claim();
            text.append('\t');
            copyValue(text, claim == null ? null : claim.sourceId());
            text.append('\t');
            copyValue(text, claim == null ? null : claim.quote().strip());
            text.append('\t');
            copyValue(text, claim == null ? null : claim.stance().dbValue());
            text.append('\t');
            copyValue(text, claim == null ? null : String.valueOf(claim.grade().reliability()));
            text.append('\t');
            copyValue(text, claim == null ? null : claim.grade().credibility());
            text.append('\n');
        }
        dsl.connection(connection -> {
            try {
                connection.unwrap(PgConnection.class).getCopyAPI()
                    .copyIn("copy transfer_import (" + STAGED_COLUMNS + ") from stdin", new java.io.StringReader(text.toString()));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // Only the column the statements join on: the plans need its statistics, not those of the texts.
        dsl.execute("analyze transfer_import (natural_key)");
    }

    /**
     * What the database does not know among the staged rows' references, one sentence each with the line
     * of the file: states and categories (the shared reference tables) checked once for the whole chunk,
     * set-based, before it is written. The preview checked them against the same tables, but the user may
     * confirm much later, and a foreign key that fails in the middle of the write would reach the user as
     * a database error. The foreign keys still check every row as it is written. (Sources belong to the
     * source feature; the import finds or adds each one in this very transaction, just before.)
     */
    List<String> stagedReferenceProblems(int max) {
        return dsl.resultQuery("""
                select line, problem from (
                    select line, 1 as rank, 'unknown state "' || supplier_code || '" as supplier.' as problem
                    from transfer_import i where not exists (select from country c where c.code = i.supplier_code)
                    union all
                    select line, 2, 'unknown state "' || recipient_code || '" as recipient.'
                    from transfer_import i where not exists (select from country c where c.code = i.recipient_code)
                    union all
                    select line, 3, 'unknown category "' || category_code || '".'
                    from transfer_import i
                    where category_code is not null and not exists (select from category c where c.code = i.category_code)
                ) unknown
                order by line, rank
                limit {0}""", DSL.inline(max))
            .fetch(r -> "Line " + r.get(0, Integer.class) + ": " + r.get(1, String.class));
    }

    /** A value in COPY's text format: \N for null; backslash, tab and line breaks escaped. */
    private static void copyValue(StringBuilder text, @Nullable Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        var string = value instanceof java.math.BigDecimal number ? number.toPlainString() : value.toString();
        for (int i = 0; i < string.length(); i++) {
            var c = string.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /** Who may change a stored transfer in an import, as SQL: reviewers any, analysts drafts only. */
    private static String mayChange(String alias, boolean mayChangeReviewed) {
        return mayChangeReviewed ? "true" : alias + ".review_state = 'draft'";
    }

    /**
     * Inserts or updates the staged transfers by natural key in one statement, in the file's order. A stored
     * transfer is updated only when a field differs and the importer may change it; the version goes up
     * with every update, as for an edit in the form. A new transfer's search document is written with it,
     * from its fields and the quote of its claim (the trigger's refresh is deferred, see
     * {@link #deferSearchDocuments}); an updated one's is left to {@link #refreshTouchedSearchDocuments}.
     */
    void upsertStaged(long userId, boolean mayChangeReviewed) {
        var columns = IMPORT_COLUMNS.stream().map(Field::getName).toList();
        var list = String.join(", ", columns);
        var updates = String.join(", ", columns.stream().map(c -> c + " = excluded." + c).toList());
        var stored = String.join(", ", columns.stream().map(c -> "transfer." + c).toList());
        var excluded = String.join(", ", columns.stream().map(c -> "excluded." + c).toList());
        dsl.execute("with written as (insert into transfer (natural_key, " + list + ", search_document, created_by, updated_by) "
                + "select natural_key, " + list + ", transfer_search_document_of(item, designation, notes, route_notes, quote), "
                + "{0}, {0} from transfer_import order by line "
                + "on conflict (natural_key) do update set " + updates + ", updated_by = excluded.updated_by, "
                + "updated_at = now(), version = transfer.version + 1 "
                + "where " + mayChange("transfer", mayChangeReviewed) + " and (" + stored + ") is distinct from (" + excluded + ") "
                + "returning id, xmax = 0 as inserted) "
                + "insert into transfer_import_touched (id, how) "
                + "select id, case when inserted then 'inserted' else 'updated' end from written",
                DSL.val(userId));
    }

    /** The join, as SQL, of the staged rows {@code i} to the stored transfers {@code t} the import may write. */
    static String stagedEditable(boolean mayChangeReviewed) {
        return "t.natural_key = i.natural_key and " + mayChange("t", mayChangeReviewed);
    }

    /**
     * Recomputes, once each, the search documents of the transfers the chunk changed or whose claims it
     * changed, quotes of their claims included; new ones already have theirs.
     */
    void refreshTouchedSearchDocuments() {
        dsl.execute("update transfer set search_document = transfer_search_document(id, item, designation, notes, route_notes) "
                + "where id in (select id from transfer_import_touched where how <> 'inserted' "
                + "except select id from transfer_import_touched where how = 'inserted')");
    }

    /** What the chunk did: created, changed, left as it was, and left alone because reviewed. */
    ImportOutcome stagedOutcome(boolean mayChangeReviewed) {
        var counts = dsl.fetchSingle("select (select count(*) from transfer_import)::int, "
                + "(select count(*) from transfer_import i join transfer t on " + stagedEditable(mayChangeReviewed) + ")::int, "
                + "(select count(*) from transfer_import_touched where how = 'inserted')::int, "
                + "(select count(*) from transfer_import_touched where how = 'updated')::int");
        var staged = counts.get(0, Integer.class);
        var editable = counts.get(1, Integer.class);
        var inserted = counts.get(2, Integer.class);
        var updated = counts.get(3, Integer.class);
        return new ImportOutcome(inserted, updated, editable - inserted - updated, staged - editable);
    }

    static Condition visibleToViewers() {
        return TRANSFER.REVIEW_STATE.eq(ReviewState.PUBLISHED.dbValue());
    }


}
