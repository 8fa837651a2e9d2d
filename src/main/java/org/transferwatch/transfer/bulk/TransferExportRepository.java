package org.transferwatch.transfer.bulk;

import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.transfer.EvidenceSummaryRepository.EVIDENCE;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.postgresql.jdbc.PgConnection;
import org.springframework.stereotype.Repository;
import org.transferwatch.db.Routines;
import org.transferwatch.db.tables.Country;
import org.transferwatch.transfer.EvidenceSummaryRepository;

/** The CSV export's statement, streamed by PostgreSQL's COPY straight to the output. */
@Repository
class TransferExportRepository {

    private static final Country SUPPLIER = COUNTRY.as("supplier");

    private static final Country RECIPIENT = COUNTRY.as("recipient");

    /**
     * The export's transaction settings. Compiling the expressions of a big export just in time costs more than it
     * saves. Two parallel workers and the leader scan, join and format their share of the transfers, and the
     * leader merges them in id order: with the evidence summary one row per transfer (V049) the work splits
     * cleanly. The memory keeps the summary's hash table mostly in memory and the sorts out of temporary files,
     * so a full export holds a few hundred MB of the server's memory while it runs (docs/performance.md).
     */
    static final List<String> EXPORT_SETTINGS = List.of("set local jit = off",
            "set local max_parallel_workers_per_gather = 2", "set local work_mem = '64MB'");

    private final DSLContext dsl;

    TransferExportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Streams the matching transfers in id order to {@code out} as CSV records: the columns of the exchange
     * format from natural_key to grade, quoted as RFC 4180 says, every record ended by CRLF, every text cell
     * neutralised. PostgreSQL formats them (COPY ... TO STDOUT, FORMAT csv) and the bytes go to the output as
     * they arrive, so nothing of the result is held in memory. The best claim's source comes from the source
     * feature as a table of ids, titles and URLs. Returns the number of records.
     */
    long exportCsv(Condition condition, Table<Record3<Long, String, String>> sources, OutputStream out) {
        var copy = exportStatement(condition, sources);
        // Plain SQL: SET LOCAL, PostgreSQL's per-transaction settings.
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

    /**
     * The COPY statement of {@link #exportCsv}. COPY takes no parameters, so the query is rendered with its values
     * inlined (jOOQ quotes them as literals). Each transfer's sources, disputing sources, label and best claim come
     * from its evidence summary.
     */
    String exportStatement(Condition condition, Table<Record3<Long, String, String>> sources) {
        var query = dsl.select(cell(TRANSFER.NATURAL_KEY), cell(TRANSFER.SUPPLIER_CODE), cell(SUPPLIER.NAME),
                    cell(TRANSFER.RECIPIENT_CODE), cell(RECIPIENT.NAME), TRANSFER.KIND, cell(TRANSFER.CATEGORY_CODE),
                    cell(TRANSFER.ITEM), cell(TRANSFER.DESIGNATION), TRANSFER.QUANTITY_LOW, TRANSFER.QUANTITY_HIGH,
                    cell(TRANSFER.QUANTITY_UNIT), TRANSFER.QUANTITY_ESTIMATE.cast(SQLDataType.CLOB),
                    TRANSFER.VALUE_USD_ESTIMATE, TRANSFER.STATUS, TRANSFER.PERIOD_START, TRANSFER.PERIOD_END,
                    TRANSFER.PERIOD_PRECISION, TRANSFER.FIRST_REPORTED_ON, cell(TRANSFER.ROUTE_NOTES),
                    cell(TRANSFER.NOTES), TRANSFER.CONFIDENCE, TRANSFER.REVIEW_STATE, EvidenceSummaryRepository.LABEL,
                    EVIDENCE.SOURCE_ID, cell(sources.field(1, String.class)), cell(sources.field(2, String.class)),
                    cell(EVIDENCE.QUOTE), EVIDENCE.STANCE, EvidenceSummaryRepository.BEST_CLAIM_GRADE)
            .from(TRANSFER)
            .join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .leftJoin(EVIDENCE).on(EVIDENCE.TRANSFER_ID.eq(TRANSFER.ID))
            .leftJoin(sources).on(sources.field(0, Long.class).eq(EVIDENCE.SOURCE_ID))
            .where(condition)
            .orderBy(TRANSFER.ID);
        // Plain SQL: COPY ... TO STDOUT, PostgreSQL's bulk output.
        return "copy (" + dsl.renderInlined(query) + ") to stdout with (format csv)";
    }

    /**
     * A text cell of the CSV export, neutralised against spreadsheet formulas by the database's csv_cell
     * (V030, V048), the one definition of the rule for what the application writes.
     */
    private static Field<String> cell(Field<?> value) {
        // A text column goes in as it is (coerced, no cast rendered); other types are cast to text first.
        return Routines.csvCell(value.getDataType().isString() ? value.coerce(SQLDataType.CLOB) : value.cast(SQLDataType.CLOB));
    }

}
