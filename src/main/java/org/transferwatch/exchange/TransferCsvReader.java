package org.transferwatch.exchange;

import static org.transferwatch.exchange.ImportRow.at;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ValidationException;
import org.transferwatch.source.SourceText;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.ImportedTransfer;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.PeriodPrecision;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferStatus;

/**
 * Reads our own CSV ({@link TransferCsv#COLUMNS}; only the pair, kind, item, status and confidence are
 * required) into a preview. Problems with the file as a whole (not UTF-8, no header, unknown columns,
 * a quote never closed) refuse it with a {@link ValidationException}; problems of a row are listed with
 * its line number.
 */
final class TransferCsvReader {

    private final ImportLookups lookups;

    private final ImportPartsReader partsReader;

    TransferCsvReader(ImportLookups lookups) {
        this.lookups = lookups;
        this.partsReader = new ImportPartsReader(lookups);
    }

    ImportPreview read(String fileName, byte[] content, DoubleConsumer progress) {
        var text = decode(content);
        if (text.isBlank()) {
            throw new ValidationException("The file is empty.");
        }
        var rows = new Rows();
        CsvLines.forEach(text, 1, progress, rows::add);
        if (rows.list.isEmpty()) {
            throw new ValidationException("The file has a header but no transfers.");
        }
        return new ImportPreview(ImportPreview.Format.TRANSFERWATCH_CSV, fileName, content.length, rows.list, Map.of(),
                null, ImportPreview.DEFAULT_DATASET_GRADE);
    }

    /** The rows read so far: the first record names the columns, every other one is a transfer. */
    private final class Rows {

        private final List<ImportRow> list = new ArrayList<>();

        private final Map<String, Integer> firstLineOfKey = new HashMap<>();

        private @Nullable Map<String, Integer> header;

        private int width;

        void add(CsvLines.Line line) {
            if (header == null) {
                header = header(line);
                width = line.fields().size();
                return;
            }
            var row = row(line, header, width);
            var earlier = firstLineOfKey.putIfAbsent(row.naturalKey(), row.line());
            if (earlier != null) {
                var problems = new ArrayList<>(row.readProblems());
                problems.add(at(row.line(), "this transfer (natural key \"" + ExchangeService.shorten(row.naturalKey())
                        + "\") is already on line " + earlier + "; give each row its own natural_key."));
                row = ImportRow.of(row.line(), row.naturalKey(), row.supplierName(), row.recipientName(), row.draft(),
                        row.claim(), problems, row.explained()).withParts(row.parts());
            }
            list.add(row);
        }
    }

    /** The text of the file, which must be UTF-8 (a byte order mark is allowed). */
    static String decode(byte[] content) {
        // The quick way first: String's own decoder makes one copy where a CharsetDecoder makes three. It
        // replaces malformed bytes with U+FFFD, so a text that holds one is decoded again strictly, which
        // finds the line of the malformed bytes or accepts a real U+FFFD.
        var bom = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        var quick = new String(content, bom, content.length - bom, StandardCharsets.UTF_8);
        return quick.indexOf('\uFFFD') < 0 ? quick : decodeStrictly(content);
    }

    private static String decodeStrictly(byte[] content) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        var buffer = ByteBuffer.wrap(content);
        try {
            var text = decoder.decode(buffer).toString();
            return !text.isEmpty() && text.charAt(0) == TransferCsv.BYTE_ORDER_MARK ? text.substring(1) : text;
        }
        catch (MalformedInputException | UnmappableCharacterException e) {
            var line = 1;
            for (int i = 0; i < Math.min(buffer.position(), content.length); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new ValidationException("Line " + line + ": the file is not UTF-8 text. Save it as \"CSV UTF-8\" and "
                    + "upload it again.");
        }
        catch (CharacterCodingException e) {
            throw new ValidationException("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        }
    }

    private static Map<String, Integer> header(CsvLines.Line line) {
        var columns = new LinkedHashMap<String, Integer>();
        var problems = new ArrayList<String>();
        for (int i = 0; i < line.fields().size(); i++) {
            var name = line.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!TransferCsv.COLUMNS.contains(name)) {
                problems.add("Line " + line.number() + ": unknown column \"" + ExchangeService.shorten(name)
                        + "\". The columns are: " + String.join(", ", TransferCsv.COLUMNS) + ".");
            }
            else if (columns.putIfAbsent(name, i) != null) {
                problems.add("Line " + line.number() + ": the column \"" + name + "\" appears twice.");
            }
            if (problems.size() >= 5) {
                break;
            }
        }
        if (problems.isEmpty()) {
            for (var required : List.of(TransferCsv.KIND, TransferCsv.ITEM, TransferCsv.STATUS, TransferCsv.CONFIDENCE)) {
                if (!columns.containsKey(required)) {
                    problems.add("The file has no column \"" + required + "\" (the first line must name the columns).");
                }
            }
            if (!columns.containsKey(TransferCsv.SUPPLIER_CODE) && !columns.containsKey(TransferCsv.SUPPLIER)) {
                problems.add("The file has no column \"supplier_code\" or \"supplier\".");
            }
            if (!columns.containsKey(TransferCsv.RECIPIENT_CODE) && !columns.containsKey(TransferCsv.RECIPIENT)) {
                problems.add("The file has no column \"recipient_code\" or \"recipient\".");
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return columns;
    }

    private ImportRow row(CsvLines.Line line, Map<String, Integer> header, int width) {
        var n = line.number();
        var problems = new ArrayList<String>();
        var cells = new CsvCells(line, header, problems);
        if (line.fields().size() != width) {
            problems.add(at(n, "the row has " + line.fields().size() + " fields but the header has " + width
                    + " (a comma or quote out of place?)."));
        }
        var supplierName = cells.text(TransferCsv.SUPPLIER);
        var recipientName = cells.text(TransferCsv.RECIPIENT);
        var supplierCode = cells.text(TransferCsv.SUPPLIER_CODE);
        var recipientCode = cells.text(TransferCsv.RECIPIENT_CODE);
        var supplier = country(supplierCode, supplierName, "supplier", n, problems);
        var recipient = country(recipientCode, recipientName, "recipient", n, problems);
        var kind = cells.choice(TransferCsv.KIND, TransferKind.class, "kind");
        var categoryCell = cells.text(TransferCsv.CATEGORY);
        String category = null;
        if (categoryCell != null) {
            category = lookups.categoryCode(categoryCell).orElse(null);
            if (category == null) {
                problems.add(at(n, "unknown category \"" + ExchangeService.shorten(categoryCell)
                        + "\": give a category code (ML3) or one of its keywords (shells)."));
            }
        }
        var item = cells.text(TransferCsv.ITEM);
        var low = cells.number(TransferCsv.QUANTITY_LOW);
        var high = cells.number(TransferCsv.QUANTITY_HIGH);
        var estimate = cells.bool(TransferCsv.QUANTITY_ESTIMATE);
        var value = cells.number(TransferCsv.VALUE_USD_ESTIMATE);
        var status = cells.choice(TransferCsv.STATUS, TransferStatus.class, "status");
        var period = period(cells, n, problems);
        var reported = cells.date(TransferCsv.FIRST_REPORTED_ON);
        var confidence = cells.choice(TransferCsv.CONFIDENCE, Confidence.class, "confidence");
        var draft = new TransferDraft(supplier, recipient, kind, category, item, cells.text(TransferCsv.DESIGNATION),
                new Quantity(low, high, cells.text(TransferCsv.QUANTITY_UNIT), estimate), value, status, period, reported,
                cells.text(TransferCsv.ROUTE_NOTES), cells.text(TransferCsv.NOTES), confidence);
        var claim = claim(cells, n, problems);
        var parts = partsReader.read(cells, n, cells.text(TransferCsv.QUOTE) != null, problems);
        var key = cells.text(TransferCsv.NATURAL_KEY);
        if (key == null) {
            key = "csv:" + hash(String.join("|", String.valueOf(supplier != null ? supplier : supplierName),
                    String.valueOf(recipient != null ? recipient : recipientName),
                    item == null ? "" : item.strip().toLowerCase(Locale.ROOT),
                    period == null ? "" : period.start() + ".." + period.end()));
        }
        else if (key.length() > ImportedTransfer.MAX_NATURAL_KEY) {
            problems.add(at(n, "the natural key is limited to " + ImportedTransfer.MAX_NATURAL_KEY + " characters."));
        }
        var explained = new ArrayList<String>();
        if (cells.hadProblemIn(TransferCsv.KIND)) {
            explained.add("Choose the kind of goods.");
        }
        if (cells.hadProblemIn(TransferCsv.STATUS)) {
            explained.add("Choose the status.");
        }
        if (cells.hadProblemIn(TransferCsv.CONFIDENCE)) {
            explained.add("Choose your confidence level.");
        }
        return ImportRow.of(n, key, shown(supplierName, supplierCode), shown(recipientName, recipientCode), draft, claim,
                problems, explained).withParts(parts);
    }

    /** How the preview names a party: as the file does, by name or else by code. */
    private static String shown(@Nullable String name, @Nullable String code) {
        return name != null ? name : code != null ? code : "?";
    }

    private @Nullable String country(@Nullable String code, @Nullable String name, String role, int line,
            List<String> problems) {
        if (code != null) {
            var known = lookups.countryByCode(code.toUpperCase(Locale.ROOT));
            if (known.isEmpty()) {
                problems.add(at(line, "unknown state \"" + ExchangeService.shorten(code) + "\" as " + role + "."));
            }
            return known.orElse(null);
        }
        if (name != null) {
            var known = lookups.countryByName(name);
            if (known.isEmpty()) {
                problems.add(at(line, "unknown state \"" + ExchangeService.shorten(name) + "\" as " + role
                        + "; give its code in " + role + "_code."));
            }
            return known.orElse(null);
        }
        problems.add(at(line, "the " + role + " is missing."));
        return null;
    }

    private static @Nullable Period period(CsvCells cells, int line, List<String> problems) {
        var start = cells.date(TransferCsv.PERIOD_START);
        var end = cells.date(TransferCsv.PERIOD_END);
        var precisionText = cells.text(TransferCsv.PERIOD_PRECISION);
        var precision = cells.choice(TransferCsv.PERIOD_PRECISION, PeriodPrecision.class, "period precision");
        if (start == null && end == null && precisionText == null) {
            return null;
        }
        if (start == null || end == null) {
            if (!cells.hadProblemIn(TransferCsv.PERIOD_START) && !cells.hadProblemIn(TransferCsv.PERIOD_END)) {
                problems.add(at(line, "a period needs both period_start and period_end."));
            }
            return null;
        }
        if (end.isBefore(start)) {
            problems.add(at(line, "the period ends before it starts (" + start + " to " + end + ")."));
            return null;
        }
        if (precision == null) {
            if (precisionText == null) {
                problems.add(at(line, "give the period's precision (day, month, quarter or year)."));
            }
            return null;
        }
        return new Period(start, end, precision);
    }

    private static @Nullable ImportClaim claim(CsvCells cells, int line, List<String> problems) {
        var quote = cells.text(TransferCsv.QUOTE);
        var gradeText = cells.text(TransferCsv.GRADE);
        var sourceIdText = cells.text(TransferCsv.SOURCE_ID);
        var title = cells.text(TransferCsv.SOURCE);
        var url = cells.text(TransferCsv.SOURCE_URL);
        if (quote == null) {
            if (gradeText != null || sourceIdText != null || title != null || url != null) {
                problems.add(at(line, "a source or grade needs the quote it grades (column quote)."));
            }
            return null;
        }
        if (url != null && SourceText.normaliseUrl(url).isEmpty()) {
            // The same rule as the confirm's (NewSource), so the preview does not say "no problems" first.
            problems.add(at(line, "the source_url \"" + ExchangeService.shorten(url) + "\" must be a web address"
                    + " starting with http:// or https://."));
        }
        AdmiraltyGrade grade = null;
        if (gradeText == null) {
            problems.add(at(line, "grade the quote (column grade, e.g. B2)."));
        }
        else {
            try {
                grade = AdmiraltyGrade.parse(gradeText);
            }
            catch (ValidationException e) {
                problems.add(at(line, "\"" + ExchangeService.shorten(gradeText) + "\" is not an Admiralty grade "
                        + "(a letter A-F and a digit 1-6, e.g. B2)."));
            }
        }
        var stance = cells.choice(TransferCsv.STANCE, Stance.class, "stance");
        Long sourceId = null;
        if (sourceIdText != null) {
            try {
                sourceId = Long.parseLong(sourceIdText);
            }
            catch (NumberFormatException e) {
                problems.add(at(line, "\"" + ExchangeService.shorten(sourceIdText) + "\" is not a source id."));
            }
        }
        if (sourceId == null && title == null && url == null) {
            problems.add(at(line, "name the quote's source (column source or source_url)."));
        }
        if (quote.length() > NewClaim.MAX_QUOTE) {
            problems.add(at(line, "a quote is limited to " + String.format("%,d", NewClaim.MAX_QUOTE)
                    + " characters."));
        }
        if (grade == null) {
            return null;
        }
        return new ImportClaim(sourceId, title, url, quote, stance == null ? Stance.SUPPORTS : stance, grade);
    }

    static String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

}
