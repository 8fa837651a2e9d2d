package org.transferwatch.transfer.bulk;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.listAgg;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;
import static org.transferwatch.db.Tables.COUNTRY;
import static org.transferwatch.db.Tables.SHIPMENT;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.db.Tables.TRANSFER_PARTY;
import static org.transferwatch.transfer.EvidenceSummaryRepository.EVIDENCE;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record5;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.jdbc.PgConnection;
import org.springframework.stereotype.Repository;
import org.transferwatch.db.Routines;
import org.transferwatch.db.tables.Country;
import org.transferwatch.transfer.EvidenceSummaryRepository;
import org.transferwatch.party.PartyService;
import org.transferwatch.place.PlaceService;
import org.transferwatch.transfer.PartyRole;

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

    /**
     * When a party's or place's name is written in double quotes in the parties and shipment cells: it holds a
     * quote, a parenthesis, a semicolon or a word that starts a part of a shipment, between spaces. The import reads
     * the cells by the same rule (exchange's TransferPartsCsv.NEEDS_QUOTES).
     */
    static final String NEEDS_QUOTES = "[\"();]|\\s(from|via|to|at|on|into|carrying)(\\s|$)|^\\s|\\s$";

    /** The names the parties and shipment cells give parties (id, name, kind, country, IMO number) and places (id, name). */
    record Names(Function<String, Table<Record5<Long, String, String, String, String>>> parties,
            Function<String, Table<Record2<Long, String>>> places) {

        static Names of(PartyService parties, PlaceService places) {
            return new Names(parties::labels, places::names);
        }
    }

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
    long exportCsv(Condition condition, Table<Record3<Long, String, String>> sources, Names names, OutputStream out) {
        var copy = exportStatement(condition, sources, names);
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
     * from its evidence summary; its parties and first and last shipment from
     * the parties and legs grouped by transfer.
     */
    String exportStatement(Condition condition, Table<Record3<Long, String, String>> sources, Names names) {
        var parties = partiesByTransfer(names);
        var legs = legsByTransfer(names);
        var query = dsl.select(cell(TRANSFER.NATURAL_KEY), cell(TRANSFER.SUPPLIER_CODE), cell(SUPPLIER.NAME),
                    cell(TRANSFER.RECIPIENT_CODE), cell(RECIPIENT.NAME), TRANSFER.KIND, cell(TRANSFER.CATEGORY_CODE),
                    cell(TRANSFER.ITEM), cell(TRANSFER.DESIGNATION), TRANSFER.QUANTITY_LOW, TRANSFER.QUANTITY_HIGH,
                    cell(TRANSFER.QUANTITY_UNIT), TRANSFER.QUANTITY_ESTIMATE.cast(SQLDataType.CLOB),
                    TRANSFER.VALUE_USD_ESTIMATE, TRANSFER.STATUS, TRANSFER.PERIOD_START, TRANSFER.PERIOD_END,
                    TRANSFER.PERIOD_PRECISION, TRANSFER.FIRST_REPORTED_ON, cell(TRANSFER.ROUTE_NOTES),
                    cell(TRANSFER.NOTES), TRANSFER.CONFIDENCE, TRANSFER.REVIEW_STATE, EvidenceSummaryRepository.LABEL,
                    EVIDENCE.SOURCE_ID, cell(sources.field(1, String.class)), cell(sources.field(2, String.class)),
                    cell(EVIDENCE.QUOTE), EVIDENCE.STANCE, EvidenceSummaryRepository.BEST_CLAIM_GRADE,
                    cell(parties.field(CELL)), cell(legs.field(FIRST_LEG)), cell(legs.field(LAST_LEG)))
            .from(TRANSFER)
            .join(SUPPLIER).on(SUPPLIER.CODE.eq(TRANSFER.SUPPLIER_CODE))
            .join(RECIPIENT).on(RECIPIENT.CODE.eq(TRANSFER.RECIPIENT_CODE))
            .leftJoin(EVIDENCE).on(EVIDENCE.TRANSFER_ID.eq(TRANSFER.ID))
            .leftJoin(sources).on(sources.field(0, Long.class).eq(EVIDENCE.SOURCE_ID))
            .leftJoin(parties).on(parties.field(TRANSFER_ID).eq(TRANSFER.ID))
            .leftJoin(legs).on(legs.field(TRANSFER_ID).eq(TRANSFER.ID))
            .where(condition)
            .orderBy(TRANSFER.ID);
        // Plain SQL: COPY ... TO STDOUT, PostgreSQL's bulk output.
        return "copy (" + dsl.renderInlined(query) + ") to stdout with (format csv)";
    }

    private static final Field<Long> TRANSFER_ID = DSL.field(DSL.name("transfer_id"), Long.class);

    private static final Field<String> CELL = DSL.field(DSL.name("cell"), String.class);

    private static final Field<String> FIRST_LEG = DSL.field(DSL.name("first_leg"), String.class);

    private static final Field<String> LAST_LEG = DSL.field(DSL.name("last_leg"), String.class);

    /**
     * Each transfer's parties cell, grouped once for all transfers and joined like the evidence summary: a
     * subquery per exported transfer cost several times the rest of the export. The parties are in the order of
     * their roles (manufacturer to financier), then as added: "Korea Achim Shipping Co (shipper, company, IMO
     * 5607021, PRK); Angara (carrier, vessel, IMO 9183609, RUS)".
     */
    private static Table<?> partiesByTransfer(Names names) {
        var party = names.parties().apply("export_party");
        var entry = quoted(party.field(1, String.class)).concat(inline(" ("))
            .concat(DSL.replace(TRANSFER_PARTY.ROLE, inline("_"), inline(" "))).concat(inline(", "))
            .concat(DSL.replace(party.field(2, String.class), inline("_"), inline(" ")))
            .concat(DSL.coalesce(inline(", IMO ").concat(party.field(4, String.class)), inline("")))
            .concat(DSL.coalesce(inline(", ").concat(party.field(3, String.class)), inline("")))
            .concat(inline(")"));
        var roles = PartyRole.values();
        CaseWhenStep<String, Integer> order = DSL.choose(TRANSFER_PARTY.ROLE).when(inline(roles[0].dbValue()), inline(0));
        for (var role : Arrays.asList(roles).subList(1, roles.length)) {
            order = order.when(inline(role.dbValue()), inline(role.ordinal()));
        }
        return select(TRANSFER_PARTY.TRANSFER_ID.as(TRANSFER_ID),
                    listAgg(entry, "; ").withinGroupOrderBy(order.otherwise(inline(99)), TRANSFER_PARTY.ID).as(CELL))
            .from(TRANSFER_PARTY)
            .join(party).on(party.field(0, Long.class).eq(TRANSFER_PARTY.PARTY_ID))
            .groupBy(TRANSFER_PARTY.TRANSFER_ID)
            .asTable("export_parties");
    }

    /**
     * Each transfer's first leg, and its last when it has more than one, in the order of its page (earliest
     * first, undated last), grouped once for all transfers: "2023-09-07 sea from Rajin to Dunai on Angara (IMO
     * 9183609) carrying about 5000 shells".
     */
    private static Table<?> legsByTransfer(Names names) {
        var loading = names.places().apply("export_loading");
        var crossing = names.places().apply("export_crossing");
        var discharge = names.places().apply("export_discharge");
        var carrier = names.parties().apply("export_carrier");
        var receiving = names.parties().apply("export_receiving");
        var period = when(SHIPMENT.PERIOD_PRECISION.eq(inline("day")).and(SHIPMENT.PERIOD_START.eq(SHIPMENT.PERIOD_END)),
                    text(SHIPMENT.PERIOD_START))
            .when(SHIPMENT.PERIOD_PRECISION.eq(inline("day")),
                    text(SHIPMENT.PERIOD_START).concat(inline("/")).concat(text(SHIPMENT.PERIOD_END)))
            .otherwise(text(SHIPMENT.PERIOD_START).concat(inline("/")).concat(text(SHIPMENT.PERIOD_END))
                .concat(inline(" ")).concat(SHIPMENT.PERIOD_PRECISION));
        var amount = when(SHIPMENT.QUANTITY_LOW.isNotNull().and(SHIPMENT.QUANTITY_HIGH.isNotNull()),
                    number(SHIPMENT.QUANTITY_LOW).concat(inline("-")).concat(number(SHIPMENT.QUANTITY_HIGH)))
            .when(SHIPMENT.QUANTITY_LOW.isNotNull(), number(SHIPMENT.QUANTITY_LOW))
            .when(SHIPMENT.QUANTITY_HIGH.isNotNull(), inline("up to ").concat(number(SHIPMENT.QUANTITY_HIGH)));
        var quantity = when(SHIPMENT.QUANTITY_LOW.isNotNull().or(SHIPMENT.QUANTITY_HIGH.isNotNull())
                .or(SHIPMENT.QUANTITY_UNIT.isNotNull()), inline("carrying ").concat(words(
                        when(SHIPMENT.QUANTITY_ESTIMATE, inline("about")), amount, SHIPMENT.QUANTITY_UNIT)));
        var leg = words(period, SHIPMENT.MODE, when(SHIPMENT.SHIP_TO_SHIP, inline("ship to ship")),
                inline("from ").concat(quoted(loading.field(1, String.class))),
                inline("via ").concat(quoted(crossing.field(1, String.class))),
                inline("to ").concat(quoted(discharge.field(1, String.class))),
                inline("at ").concat(number(SHIPMENT.POSITION_LATITUDE)).concat(inline(", "))
                    .concat(number(SHIPMENT.POSITION_LONGITUDE)),
                inline("on ").concat(vessel(carrier)), inline("into ").concat(vessel(receiving)), quantity);
        var first = DSL.arrayGet(DSL.arrayAgg(leg).orderBy(SHIPMENT.PERIOD_START.nullsLast(), SHIPMENT.ID), 1);
        var last = DSL.arrayGet(DSL.arrayAgg(leg).orderBy(SHIPMENT.PERIOD_START.desc().nullsFirst(), SHIPMENT.ID.desc()), 1);
        return select(SHIPMENT.TRANSFER_ID.as(TRANSFER_ID), first.as(FIRST_LEG),
                    when(DSL.count().gt(1), last).as(LAST_LEG))
            .from(SHIPMENT)
            .leftJoin(loading).on(loading.field(0, Long.class).eq(SHIPMENT.LOADING_PLACE_ID))
            .leftJoin(crossing).on(crossing.field(0, Long.class).eq(SHIPMENT.CROSSING_PLACE_ID))
            .leftJoin(discharge).on(discharge.field(0, Long.class).eq(SHIPMENT.DISCHARGE_PLACE_ID))
            .leftJoin(carrier).on(carrier.field(0, Long.class).eq(SHIPMENT.CARRIER_PARTY_ID))
            .leftJoin(receiving).on(receiving.field(0, Long.class).eq(SHIPMENT.RECEIVING_VESSEL_ID))
            .groupBy(SHIPMENT.TRANSFER_ID)
            .asTable("export_legs");
    }

    /** "Angara (IMO 9183609)", or the party's name alone when it has no IMO number. */
    private static Field<String> vessel(Table<Record5<Long, String, String, String, String>> party) {
        return quoted(party.field(1, String.class))
            .concat(DSL.coalesce(inline(" (IMO ").concat(party.field(4, String.class)).concat(inline(")")), inline("")));
    }

    /** The name, in double quotes (a quote in it doubled) when it could be read as more than a name. */
    private static Field<String> quoted(Field<String> name) {
        return when(name.likeRegex(NEEDS_QUOTES),
                inline("\"").concat(DSL.replace(name, inline("\""), inline("\"\""))).concat(inline("\"")))
            .otherwise(name);
    }

    /** The parts that are there, separated by spaces. */
    private static Field<String> words(Field<?>... parts) {
        var arguments = new Field<?>[parts.length + 1];
        arguments[0] = inline(" ");
        System.arraycopy(parts, 0, arguments, 1, parts.length);
        return DSL.function("concat_ws", SQLDataType.CLOB, arguments);
    }

    private static Field<String> text(Field<?> value) {
        return value.cast(SQLDataType.CLOB);
    }

    /** A number without trailing zeros: 5000, 38.12. */
    private static Field<String> number(Field<?> value) {
        return DSL.function("trim_scale", value.getDataType(), value).cast(SQLDataType.CLOB);
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
