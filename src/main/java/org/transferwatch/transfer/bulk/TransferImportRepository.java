package org.transferwatch.transfer.bulk;

import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;
import static org.transferwatch.db.Tables.CATEGORY;
import static org.transferwatch.db.Tables.CLAIM_LINK;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.transfer.TransferRepository.EDITABLE_COLUMNS;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.postgresql.jdbc.PgConnection;
import org.springframework.stereotype.Repository;
import org.transferwatch.base.RowSnapshots;
import org.transferwatch.transfer.ImportOutcome;
import org.transferwatch.transfer.ImportedTransfer;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.TransferRepository;

/**
 * The import's writes: a chunk of rows copied into a staging table (COPY), checked against the reference tables,
 * then written set-based into the transfers and their claims, one statement each, inside the caller's
 * transaction.
 */
@Repository
class TransferImportRepository {

    /** One chunk's rows, as the file gave them; a temporary table of the transaction. */
    private static final Table<Record> STAGED = table(name("transfer_import"));

    private static final Field<Integer> LINE = staged("line", SQLDataType.INTEGER.notNull());

    private static final Field<String> NATURAL_KEY = staged("natural_key", SQLDataType.CLOB.notNull());

    /** The staged counterpart of each editable column of a transfer, by name and type. */
    private static final Map<Field<?>, Field<?>> STAGED_EDITABLE = stagedEditableColumns();

    private static final Field<Long> SOURCE_ID = staged("source_id", SQLDataType.BIGINT);

    private static final Field<String> QUOTE = staged("quote", SQLDataType.CLOB);

    private static final Field<String> STANCE = staged("stance", SQLDataType.CLOB);

    private static final Field<String> RELIABILITY = staged("reliability", SQLDataType.CHAR(1));

    private static final Field<Short> CREDIBILITY = staged("credibility", SQLDataType.SMALLINT);

    /** The staging table's columns, in the order {@link #stage} copies them. */
    private static final List<Field<?>> STAGED_COLUMNS = Stream.<Field<?>>concat(
            Stream.concat(Stream.of(LINE, NATURAL_KEY), STAGED_EDITABLE.values().stream()),
            Stream.of(SOURCE_ID, QUOTE, STANCE, RELIABILITY, CREDIBILITY)).toList();

    /** The transfers the chunk created ({@code inserted}), changed ({@code updated}) or whose claim it changed ({@code claim}). */
    private static final Table<Record> TOUCHED = table(name("transfer_import_touched"));

    private static final Field<Long> TOUCHED_ID = field(name("transfer_import_touched", "id"), SQLDataType.BIGINT.notNull());

    private static final Field<String> HOW = field(name("transfer_import_touched", "how"), SQLDataType.CLOB.notNull());

    /** The stored transfers the chunk is about to change, as the audit keeps them, before the change. */
    private static final Table<Record> BEFORE = table(name("transfer_import_before"));

    private static final Field<Long> BEFORE_ID = field(name("transfer_import_before", "id"), SQLDataType.BIGINT.notNull());

    private static final Field<JSONB> BEFORE_SNAPSHOT = field(name("transfer_import_before", "snapshot"), SQLDataType.JSONB);

    /** The columns the audit's snapshots of a transfer leave out, as {@code TransferRepository.snapshot} does. */
    private static final String NOT_AUDITED = "search_document";

    private final DSLContext dsl;

    TransferImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static <T> Field<T> staged(String column, DataType<T> type) {
        return field(name("transfer_import", column), type);
    }

    private static Map<Field<?>, Field<?>> stagedEditableColumns() {
        var columns = new LinkedHashMap<Field<?>, Field<?>>();
        EDITABLE_COLUMNS.forEach(column -> columns.put(column, staged(column.getName(), column.getDataType().nullable(true))));
        return columns;
    }

    /**
     * Prepares the current transaction for a bulk import. The application plans every statement for its
     * parameters (plan_cache_mode force_custom_plan, application.yml), and that includes the foreign-key checks
     * PostgreSQL runs for every row written: re-planning each of them costs more than the check itself
     * (docs/performance.md), so for the rest of this transaction they use cached plans again ({@code auto}).
     * Plans cached before are discarded first: one made while a table was small (the claims' check of a then
     * nearly empty transfer table is a sequential scan) would otherwise scan the table in full for every row
     * while the import grows it. More memory for sorts keeps a chunk's sort by line off the disk.
     */
    void prepareBulkWrite() {
        // Plain SQL: DISCARD PLANS and SET LOCAL are PostgreSQL's session and transaction commands.
        dsl.execute("discard plans");
        dsl.execute("set local plan_cache_mode = auto");
        dsl.execute("set local work_mem = '64MB'");
    }

    /**
     * Leaves the search documents alone for the rest of the transaction (see migration V022): a bulk import
     * refreshes those it wrote once, with {@link #refreshTouchedSearchDocuments}, instead of once per row written.
     */
    void deferSearchDocuments(boolean deferred) {
        dsl.select(DSL.function(name("set_config"), String.class, inline("transferwatch.search_refresh"),
                val(deferred ? "deferred" : ""), inline(true))).fetch();
    }

    /** Creates the staging tables for the rest of the transaction (once) and empties them. */
    void prepareStaging() {
        dsl.createTemporaryTableIfNotExists(STAGED).columns(STAGED_COLUMNS).onCommitDrop().execute();
        dsl.createTemporaryTableIfNotExists(TOUCHED).columns(TOUCHED_ID, HOW).onCommitDrop().execute();
        dsl.createTemporaryTableIfNotExists(BEFORE).columns(BEFORE_ID, BEFORE_SNAPSHOT).onCommitDrop().execute();
        dsl.truncate(STAGED, TOUCHED, BEFORE).execute();
    }

    /**
     * Copies the rows into the staging table with COPY (text format), the fastest way in, and gathers its
     * statistics so that the statements that follow join it to the transfers by index.
     */
    void stage(List<ImportedTransfer> rows) {
        var text = new StringBuilder(rows.size() * 400);
        var position = 0;
        for (var row : rows) {
            var record = TransferRepository.recordOf(row.draft());
            ++position;
            text.append(row.line() > 0 ? row.line() : position).append('\t');
            copyValue(text, row.naturalKey());
            for (var column : EDITABLE_COLUMNS) {
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
        var columns = String.join(", ", STAGED_COLUMNS.stream().map(Field::getName).toList());
        dsl.connection(connection -> {
            try {
                // Plain SQL: COPY ... FROM STDIN, PostgreSQL's bulk input.
                connection.unwrap(PgConnection.class).getCopyAPI()
                    .copyIn("copy transfer_import (" + columns + ") from stdin", new StringReader(text.toString()));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // Plain SQL: PostgreSQL's ANALYZE. Only the column the statements join on: the plans need its
        // statistics, not those of the texts.
        dsl.execute("analyze transfer_import (natural_key)");
    }

    /** A value in COPY's text format: \N for null; backslash, tab and line breaks escaped. */
    private static void copyValue(StringBuilder text, @Nullable Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        var string = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
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

    /**
     * What the database does not know among the staged rows' references, one sentence each with the line
     * of the file: states and categories (the shared reference tables) checked once for the whole chunk,
     * set-based, before it is written. The preview checked them against the same tables, but the user may
     * confirm much later, and a foreign key that fails in the middle of the write would reach the user as
     * a database error. The foreign keys still check every row as it is written. (Sources belong to the
     * source feature; the import finds or adds each one in this very transaction, just before.)
     */
    List<String> stagedReferenceProblems(int max) {
        var supplier = stagedColumn(TRANSFER.SUPPLIER_CODE);
        var recipient = stagedColumn(TRANSFER.RECIPIENT_CODE);
        var category = stagedColumn(TRANSFER.CATEGORY_CODE);
        var rank = field(name("rank"), SQLDataType.INTEGER);
        var problem = field(name("problem"), SQLDataType.CLOB);
        var unknown = select(LINE, inline(1).as(rank), inline("unknown state \"").concat(supplier)
                    .concat(inline("\" as supplier.")).as(problem))
                .from(STAGED).whereNotExists(selectOne().from(COUNTRY).where(COUNTRY.CODE.eq(supplier)))
            .unionAll(select(LINE, inline(2), inline("unknown state \"").concat(recipient).concat(inline("\" as recipient.")))
                .from(STAGED).whereNotExists(selectOne().from(COUNTRY).where(COUNTRY.CODE.eq(recipient))))
            .unionAll(select(LINE, inline(3), inline("unknown category \"").concat(category).concat(inline("\".")))
                .from(STAGED).where(category.isNotNull())
                .andNotExists(selectOne().from(CATEGORY).where(CATEGORY.CODE.eq(category))))
            .asTable("unknown");
        var line = unknown.field(LINE);
        return dsl.select(line, unknown.field(problem))
            .from(unknown)
            .orderBy(line, unknown.field(rank))
            .limit(inline(max))
            .fetch(r -> "Line " + r.value1() + ": " + r.value2());
    }

    @SuppressWarnings("unchecked")
    private static <T> Field<T> stagedColumn(Field<T> column) {
        return (Field<T>) STAGED_EDITABLE.get(column);
    }

    /** Which stored transfers the import may write: reviewers any, analysts drafts only. */
    private static Condition mayChange(boolean mayChangeReviewed) {
        return mayChangeReviewed ? noCondition() : TRANSFER.REVIEW_STATE.eq(inline(ReviewState.DRAFT.dbValue()));
    }

    /** The staged rows joined to the stored transfers of the same natural key that the import may write. */
    private static Condition stagedEditable(boolean mayChangeReviewed) {
        return TRANSFER.NATURAL_KEY.eq(NATURAL_KEY).and(mayChange(mayChangeReviewed));
    }

    /**
     * Keeps the audit's snapshot of each stored transfer that {@link #upsertStaged} will change (the same
     * rows it updates: the importer may change them and a field differs), for the events' "before".
     */
    void keepSnapshotsBeforeChange(boolean mayChangeReviewed) {
        var stored = TRANSFER.as("stored");
        dsl.insertInto(BEFORE, BEFORE_ID, BEFORE_SNAPSHOT)
            .select(select(stored.ID, RowSnapshots.ofRow(stored, NOT_AUDITED))
                .from(STAGED)
                .join(stored).on(stored.NATURAL_KEY.eq(NATURAL_KEY))
                .where(mayChangeReviewed ? noCondition() : stored.REVIEW_STATE.eq(inline(ReviewState.DRAFT.dbValue())))
                .and(row(EDITABLE_COLUMNS.stream().map(stored::field).toList())
                    .isDistinctFrom(row(STAGED_EDITABLE.values()))))
            .execute();
    }

    /**
     * The audit events of the transfers the chunk created or changed, one each, as the form's edits write
     * them: entity id, "create" or "update", the transfer, the snapshot before (for a change) and after.
     */
    Select<Record5<String, String, Long, JSONB, JSONB>> touchedTransferEvents() {
        var audited = TRANSFER.as("audited");
        return select(audited.ID.cast(SQLDataType.VARCHAR), when(HOW.eq(inline("inserted")), inline("create"))
                    .else_(inline("update")), audited.ID, BEFORE_SNAPSHOT, RowSnapshots.ofRow(audited, NOT_AUDITED))
            .from(TOUCHED)
            .join(audited).on(audited.ID.eq(TOUCHED_ID))
            .leftJoin(BEFORE).on(BEFORE_ID.eq(TOUCHED_ID))
            .where(HOW.in(inline("inserted"), inline("updated")))
            .orderBy(TOUCHED_ID);
    }

    /**
     * Inserts or updates the staged transfers by natural key in one statement, in the file's order. A stored
     * transfer is updated only when a field differs and the importer may change it; the version goes up
     * with every update, as for an edit in the form. A new transfer's search document is written with it,
     * from its fields and the quote of its claim (the trigger's refresh is deferred, see
     * {@link #deferSearchDocuments}); an updated one's is left to {@link #refreshTouchedSearchDocuments}.
     */
    void upsertStaged(long userId, boolean mayChangeReviewed) {
        var columns = new ArrayList<Field<?>>();
        columns.add(TRANSFER.NATURAL_KEY);
        columns.addAll(EDITABLE_COLUMNS);
        columns.addAll(List.of(TRANSFER.SEARCH_DOCUMENT, TRANSFER.CREATED_BY, TRANSFER.UPDATED_BY));
        var values = new ArrayList<Field<?>>();
        values.add(NATURAL_KEY);
        values.addAll(STAGED_EDITABLE.values());
        values.addAll(List.of(searchDocumentOf(stagedColumn(TRANSFER.ITEM), stagedColumn(TRANSFER.DESIGNATION),
                stagedColumn(TRANSFER.NOTES), stagedColumn(TRANSFER.ROUTE_NOTES), QUOTE), val(userId), val(userId)));
        var updates = new LinkedHashMap<Field<?>, Field<?>>();
        EDITABLE_COLUMNS.forEach(column -> updates.put(column, excluded(column)));
        var inserted = field(name("xmax"), SQLDataType.BIGINT).eq(inline(0L));
        var written = name("written").fields("id", "inserted").as(dsl.insertInto(TRANSFER)
            .columns(columns)
            .select(select(values).from(STAGED).orderBy(LINE))
            .onConflict(TRANSFER.NATURAL_KEY)
            .doUpdate()
            .set(updates)
            .set(TRANSFER.UPDATED_BY, excluded(TRANSFER.UPDATED_BY))
            .set(TRANSFER.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(TRANSFER.VERSION, TRANSFER.VERSION.plus(inline(1)))
            .where(mayChange(mayChangeReviewed)
                .and(row(EDITABLE_COLUMNS).isDistinctFrom(row(EDITABLE_COLUMNS.stream().map(DSL::excluded).toList()))))
            .returningResult(TRANSFER.ID, inserted));
        dsl.with(written)
            .insertInto(TOUCHED, TOUCHED_ID, HOW)
            .select(select(written.field("id", Long.class),
                    when(written.field("inserted", Boolean.class), inline("inserted")).else_(inline("updated")))
                .from(written))
            .execute();
    }

    /**
     * Inserts the claims of the staged rows in one statement, or updates the quote and grade of the claim
     * already linking the same transfer and source with the same stance, for the transfers the importer may
     * change; notes the transfers whose claims were written as touched, for their search documents.
     */
    void importStagedClaims(long userId, boolean mayChangeReviewed) {
        var claim = CLAIM_LINK;
        var written = name("written").fields("transfer_id").as(dsl.insertInto(claim)
            .columns(claim.TRANSFER_ID, claim.SOURCE_ID, claim.QUOTE, claim.STANCE, claim.RELIABILITY, claim.CREDIBILITY,
                    claim.CREATED_BY, claim.UPDATED_BY)
            .select(select(TRANSFER.ID, SOURCE_ID, QUOTE, STANCE, RELIABILITY, CREDIBILITY, val(userId), val(userId))
                .from(STAGED)
                .join(TRANSFER).on(stagedEditable(mayChangeReviewed))
                .where(QUOTE.isNotNull())
                .orderBy(LINE))
            .onConflict(claim.TRANSFER_ID, claim.SOURCE_ID, claim.STANCE)
            .doUpdate()
            .set(claim.QUOTE, excluded(claim.QUOTE))
            .set(claim.RELIABILITY, excluded(claim.RELIABILITY))
            .set(claim.CREDIBILITY, excluded(claim.CREDIBILITY))
            .set(claim.UPDATED_BY, excluded(claim.UPDATED_BY))
            .set(claim.UPDATED_AT, DSL.currentOffsetDateTime())
            .set(claim.VERSION, claim.VERSION.plus(inline(1)))
            .where(row(claim.QUOTE, claim.RELIABILITY, claim.CREDIBILITY)
                .isDistinctFrom(row(excluded(claim.QUOTE), excluded(claim.RELIABILITY), excluded(claim.CREDIBILITY))))
            .returningResult(claim.TRANSFER_ID));
        dsl.with(written)
            .insertInto(TOUCHED, TOUCHED_ID, HOW)
            .select(select(written.field("transfer_id", Long.class), inline("claim")).from(written))
            .execute();
    }

    /**
     * A new transfer's search document from its fields and its claim's quote (V022). Called by position, as the
     * import's statement always called it; the generated routine would pass its arguments by name.
     */
    private static Field<Object> searchDocumentOf(Field<String> item, Field<String> designation, Field<String> notes,
            Field<String> routeNotes, Field<String> quote) {
        return DSL.function(name("transfer_search_document_of"), Object.class, item, designation, notes, routeNotes, quote);
    }

    /**
     * Recomputes, once each, the search documents of the transfers the chunk changed or whose claims it
     * changed, quotes of their claims included; new ones already have theirs.
     */
    void refreshTouchedSearchDocuments() {
        Select<Record1<Long>> changed = select(TOUCHED_ID).from(TOUCHED).where(HOW.ne(inline("inserted")))
            .except(select(TOUCHED_ID).from(TOUCHED).where(HOW.eq(inline("inserted"))));
        dsl.update(TRANSFER)
            .set(Map.of(TRANSFER.SEARCH_DOCUMENT, DSL.function(name("transfer_search_document"), Object.class, TRANSFER.ID,
                    TRANSFER.ITEM, TRANSFER.DESIGNATION, TRANSFER.NOTES, TRANSFER.ROUTE_NOTES)))
            .where(TRANSFER.ID.in(changed))
            .execute();
    }

    /** The ids of the transfers with these natural keys, drafts only unless reviewed ones may change too. */
    Map<String, Long> idsByNaturalKey(Collection<String> naturalKeys, boolean mayChangeReviewed) {
        return dsl.select(TRANSFER.NATURAL_KEY, TRANSFER.ID)
            .from(TRANSFER)
            .where(TRANSFER.NATURAL_KEY.in(naturalKeys))
            .and(mayChangeReviewed ? noCondition() : TRANSFER.REVIEW_STATE.eq(ReviewState.DRAFT.dbValue()))
            .fetchMap(TRANSFER.NATURAL_KEY, TRANSFER.ID);
    }

    /** What the chunk did: created, changed, left as it was, and left alone because reviewed. */
    ImportOutcome stagedOutcome(boolean mayChangeReviewed) {
        var counts = dsl.select(field(selectCount().from(STAGED)),
                field(selectCount().from(STAGED).join(TRANSFER).on(stagedEditable(mayChangeReviewed))),
                field(selectCount().from(TOUCHED).where(HOW.eq(inline("inserted")))),
                field(selectCount().from(TOUCHED).where(HOW.eq(inline("updated")))))
            .fetchSingle();
        int staged = counts.value1();
        int editable = counts.value2();
        int inserted = counts.value3();
        int updated = counts.value4();
        return new ImportOutcome(inserted, updated, editable - inserted - updated, staged - editable);
    }

}
