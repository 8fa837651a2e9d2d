package org.transferwatch.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Our CSV format for transfers: the columns the export writes and the import reads, and the rule that
 * keeps spreadsheet formulas out (OWASP ASVS 5.0 1.2.10): a cell that starts with {@code = + - @}, a
 * tab, a carriage return or NUL (also behind spaces or line breaks, and in their full-width forms) gets a
 * leading single quote, and the import takes exactly that quote off again, so that every value survives the
 * round trip.
 */
public final class TransferCsv {

    public static final String NATURAL_KEY = "natural_key";

    public static final String SUPPLIER_CODE = "supplier_code";

    public static final String SUPPLIER = "supplier";

    public static final String RECIPIENT_CODE = "recipient_code";

    public static final String RECIPIENT = "recipient";

    public static final String KIND = "kind";

    public static final String CATEGORY = "category";

    public static final String ITEM = "item";

    public static final String DESIGNATION = "designation";

    public static final String QUANTITY_LOW = "quantity_low";

    public static final String QUANTITY_HIGH = "quantity_high";

    public static final String QUANTITY_UNIT = "quantity_unit";

    public static final String QUANTITY_ESTIMATE = "quantity_estimate";

    public static final String VALUE_USD_ESTIMATE = "value_usd_estimate";

    public static final String STATUS = "status";

    public static final String PERIOD_START = "period_start";

    public static final String PERIOD_END = "period_end";

    public static final String PERIOD_PRECISION = "period_precision";

    public static final String FIRST_REPORTED_ON = "first_reported_on";

    public static final String ROUTE_NOTES = "route_notes";

    public static final String NOTES = "notes";

    public static final String CONFIDENCE = "confidence";

    public static final String REVIEW_STATE = "review_state";

    public static final String EVIDENCE = "evidence";

    public static final String SOURCE_ID = "source_id";

    public static final String SOURCE = "source";

    public static final String SOURCE_URL = "source_url";

    public static final String QUOTE = "quote";

    public static final String STANCE = "stance";

    public static final String GRADE = "grade";

    /** The transfer's parties in their roles (TransferPartsCsv). */
    public static final String PARTIES = "parties";

    /** The transfer's first shipment (TransferPartsCsv). */
    public static final String FIRST_SHIPMENT = "first_shipment";

    /** The transfer's last shipment, when it has more than one (TransferPartsCsv). */
    public static final String LAST_SHIPMENT = "last_shipment";

    /** Every column, in the order the export writes them. */
    public static final List<String> COLUMNS = List.of(NATURAL_KEY, SUPPLIER_CODE, SUPPLIER, RECIPIENT_CODE, RECIPIENT,
            KIND, CATEGORY, ITEM, DESIGNATION, QUANTITY_LOW, QUANTITY_HIGH, QUANTITY_UNIT, QUANTITY_ESTIMATE,
            VALUE_USD_ESTIMATE, STATUS, PERIOD_START, PERIOD_END, PERIOD_PRECISION, FIRST_REPORTED_ON, ROUTE_NOTES,
            NOTES, CONFIDENCE, REVIEW_STATE, EVIDENCE, SOURCE_ID, SOURCE, SOURCE_URL, QUOTE, STANCE, GRADE,
            PARTIES, FIRST_SHIPMENT, LAST_SHIPMENT);

    /** Columns the export writes for people and the import ignores: imported transfers are drafts. */
    public static final Set<String> EXPORT_ONLY = Set.of(REVIEW_STATE, EVIDENCE);

    /** The file starts with a byte order mark, so that Excel reads it as UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    /** How an export starts: the byte order mark and the names of the columns, in UTF-8. */
    static final byte[] HEADER = (BYTE_ORDER_MARK + String.join(",", COLUMNS) + "\r\n")
        .getBytes(StandardCharsets.UTF_8);

    private TransferCsv() {
    }

    /**
     * The cell as the export writes it: a leading quote before a character a spreadsheet would evaluate.
     * The export applies the same rule in the database (csv_cell, migrations V030, V032, V048).
     */
    public static String neutralise(String value) {
        return needsQuotePrefix(value) ? "'" + value : value;
    }

    /** The value of a cell the export wrote: {@link #neutralise} undone. */
    public static String restore(String cell) {
        return cell.startsWith("'") && needsQuotePrefix(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * Whether the value starts with a trigger character, or with quotes before one (so that a value that
     * really begins with {@code '=} keeps its quote through export and import).
     */
    private static boolean needsQuotePrefix(String value) {
        var start = 0;
        while (start < value.length() && value.charAt(start) == '\'') {
            start++;
        }
        // Spreadsheets that trim a cell before reading it would see a trigger behind spaces or line breaks too.
        while (start < value.length() && (value.charAt(start) == ' ' || value.charAt(start) == '\n'
                || value.charAt(start) == '\u00a0' || value.charAt(start) == '\u3000')) {
            start++;
        }
        if (start == value.length()) {
            return false;
        }
        var first = value.charAt(start);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\0'
                // The full-width forms, which spreadsheets in East Asian locales read as the ASCII ones.
                || first == '\uff1d' || first == '\uff0b' || first == '\uff0d' || first == '\uff20';
    }

}
