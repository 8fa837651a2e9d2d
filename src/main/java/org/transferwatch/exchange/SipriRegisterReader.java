package org.transferwatch.exchange;

import static org.transferwatch.exchange.ImportRow.at;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ValidationException;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.PeriodPrecision;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferStatus;

/**
 * Reads a SIPRI Trade Register CSV export: ISO-8859-1, a preamble ending in "Data generated: ...", the
 * header, then one deal per row of 16 fields with unnamed {@code ?} flag columns after the order year,
 * the number ordered and the number delivered, and "; "-separated delivery years. SIPRI's export breaks
 * a few Comments fields with an unquoted line break; such a row is joined with the short row that
 * continues it, and a row that cannot be completed is reported with its line.
 *
 * <p>Each deal becomes an arms transfer: the pair by SIPRI's state names (the {@code register_name}
 * aliases), item "description designation", quantity the number ordered (else delivered), status
 * delivered (in delivery while fewer were delivered than ordered, agreed with no delivery yet), period
 * the delivery years (else the order year), and a claim quoting the row from the register as a
 * dataset source.
 */
final class SipriRegisterReader {

    static final String HEADER_START = "Recipient,Supplier,Year of order";

    static final int FIELDS = 16;

    private static final Pattern GENERATED = Pattern.compile("Data generated:\\s*(\\d{1,2} [A-Za-z]{3} \\d{4})");

    private static final DateTimeFormatter GENERATED_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ImportLookups lookups;

    SipriRegisterReader(ImportLookups lookups) {
        this.lookups = lookups;
    }

    /** Whether the text looks like a SIPRI trade register (a header line of SIPRI's within the first lines). */
    static boolean recognises(byte[] content) {
        var start = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.ISO_8859_1);
        return start.contains("\n" + HEADER_START) || start.startsWith(HEADER_START);
    }

    ImportPreview read(String fileName, byte[] content, DoubleConsumer progress) {
        var text = new String(content, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace('\r', '\n');
        var headerAt = text.startsWith(HEADER_START) ? 0 : text.indexOf("\n" + HEADER_START) + 1;
        if (headerAt <= 0 && !text.startsWith(HEADER_START)) {
            throw new ValidationException("This is not a SIPRI Trade Register export: the line \"" + HEADER_START
                    + ",...\" is missing.");
        }
        var preamble = text.substring(0, headerAt).strip();
        var generatedMatch = GENERATED.matcher(preamble);
        LocalDate generated = null;
        if (generatedMatch.find()) {
            try {
                generated = LocalDate.parse(generatedMatch.group(1), GENERATED_DATE);
            }
            catch (DateTimeParseException e) {
                generated = null;
            }
        }
        if (generated == null) {
            throw new ValidationException("The SIPRI export has no \"Data generated: <date>\" line before its header;"
                    + " export the register again from SIPRI's site.");
        }
        var headerLine = text.substring(0, headerAt).split("\n", -1).length;
        var lines = CsvLines.read(text.substring(headerAt), headerLine, share -> progress.accept(share * 0.6));
        if (lines.getFirst().fields().size() < FIELDS) {
            throw new ValidationException("Line " + headerLine + ": the SIPRI header has "
                    + lines.getFirst().fields().size() + " columns instead of " + FIELDS + ".");
        }
        var records = join(lines.subList(1, lines.size()));
        var rows = new ArrayList<ImportRow>(records.size());
        var names = new LinkedHashMap<String, ImportPreview.NameUse>();
        var codes = new HashMap<String, @Nullable String>();
        var occurrences = new HashMap<String, Integer>();
        for (int i = 0; i < records.size(); i++) {
            var record = records.get(i);
            if (record.fields().size() != FIELDS) {
                rows.add(unreadable(record));
                continue;
            }
            var row = row(record, codes, occurrences);
            count(names, row.supplierName(), row.draft().supplierCode());
            count(names, row.recipientName(), row.draft().recipientCode());
            rows.add(row);
            if (i % 2000 == 0) {
                progress.accept(0.6 + 0.4 * i / records.size());
            }
        }
        if (rows.isEmpty()) {
            throw new ValidationException("The SIPRI export has a header but no deals.");
        }
        var source = new NewSource(SourceKind.DATASET,
                "SIPRI Arms Transfers Database, data generated " + TITLE_DATE.format(generated),
                "Stockholm International Peace Research Institute (SIPRI)", null, null, generated, "en",
                preamble + "\n\nTrade register exported as " + fileName + ".");
        progress.accept(1);
        return new ImportPreview(ImportPreview.Format.SIPRI_REGISTER, fileName, content.length, rows, names, source,
                ImportPreview.DEFAULT_DATASET_GRADE);
    }

    private static void count(Map<String, ImportPreview.NameUse> names, String name, @Nullable String code) {
        names.merge(name, new ImportPreview.NameUse(code, 1),
                (a, b) -> new ImportPreview.NameUse(a.code(), a.rows() + b.rows()));
    }

    /**
     * Joins each row that ends early (an unquoted line break in Comments) with the rows that continue it:
     * the first field of a continuation ends the broken field, the rest are the missing fields.
     */
    static List<CsvLines.Line> join(List<CsvLines.Line> lines) {
        var joined = new ArrayList<CsvLines.Line>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var fields = new ArrayList<>(line.fields());
            while (fields.size() < FIELDS && i + 1 < lines.size()
                    && fields.size() + lines.get(i + 1).fields().size() - 1 <= FIELDS) {
                var continuation = lines.get(++i).fields();
                var last = fields.removeLast();
                var rest = continuation.getFirst();
                fields.add(rest.isBlank() ? last.strip() : (last.strip() + " " + rest.strip()).strip());
                fields.addAll(continuation.subList(1, continuation.size()));
            }
            joined.add(new CsvLines.Line(line.number(), fields));
        }
        return joined;
    }

    private static ImportRow unreadable(CsvLines.Line record) {
        var problem = at(record.number(), "the row has " + record.fields().size() + " fields instead of " + FIELDS
                + " and the next line does not complete it; fix the line in the file or remove it.");
        var names = record.fields();
        return ImportRow.of(record.number(), "sipri:unreadable:" + record.number(),
                names.isEmpty() ? "?" : names.getFirst(), names.size() < 2 ? "?" : names.get(1),
                new TransferDraft(null, null, TransferKind.ARMS, null, "?", null, Quantity.UNKNOWN, null,
                        TransferStatus.REPORTED, null, null, null, null, Confidence.MODERATE),
                null, List.of(problem));
    }

    private ImportRow row(CsvLines.Line record, Map<String, @Nullable String> codes, Map<String, Integer> occurrences) {
        var f = record.fields().stream().map(String::strip).toList();
        var n = record.number();
        var problems = new ArrayList<String>();
        var recipientName = f.get(0);
        var supplierName = f.get(1);
        var orderYear = year(f.get(2), "Year of order", n, problems);
        var ordered = count(f.get(4), "Number ordered", n, problems);
        var designation = f.get(6);
        var description = f.get(7);
        var delivered = count(f.get(8), "Number delivered", n, problems);
        var years = new ArrayList<Integer>();
        if (!f.get(10).isEmpty()) {
            for (var year : f.get(10).split(";")) {
                var parsed = year(year.strip(), "Year(s) of delivery", n, problems);
                if (parsed != null) {
                    years.add(parsed);
                }
            }
        }
        if (recipientName.isEmpty()) {
            problems.add(at(n, "the recipient is missing."));
        }
        if (supplierName.isEmpty()) {
            problems.add(at(n, "the supplier is missing."));
        }
        var supplier = supplierName.isEmpty() ? null : codes.computeIfAbsent(supplierName,
                name -> lookups.countryByName(name).orElse(null));
        var recipient = recipientName.isEmpty() ? null : codes.computeIfAbsent(recipientName,
                name -> lookups.countryByName(name).orElse(null));

        var item = designation.isEmpty() || designation.equalsIgnoreCase(description) ? capitalise(description)
                : description.isEmpty() ? designation : capitalise(description) + " " + designation;
        Quantity quantity;
        if (ordered != null) {
            quantity = new Quantity(ordered, ordered, null, "?".equals(f.get(5)));
        }
        else if (delivered != null && delivered.signum() > 0) {
            quantity = new Quantity(delivered, delivered, null, "?".equals(f.get(9)));
        }
        else {
            quantity = Quantity.UNKNOWN;
        }
        var anyDelivered = !years.isEmpty() || delivered != null && delivered.signum() > 0;
        TransferStatus status;
        if (!anyDelivered) {
            status = TransferStatus.AGREED;
        }
        else if (ordered != null && delivered != null && delivered.compareTo(ordered) < 0) {
            status = TransferStatus.IN_DELIVERY;
        }
        else {
            status = TransferStatus.DELIVERED;
        }
        Period period = null;
        if (!years.isEmpty()) {
            var first = years.stream().min(Integer::compare).orElseThrow();
            var last = years.stream().max(Integer::compare).orElseThrow();
            period = new Period(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), PeriodPrecision.YEAR);
        }
        else if (orderYear != null) {
            period = Period.year(orderYear);
        }
        var notes = notes(f, ordered, delivered);
        var draft = new TransferDraft(supplier, recipient, TransferKind.ARMS, null, item.isEmpty() ? null : item,
                designation.isEmpty() ? null : designation, quantity, null, status, period, null, null, notes,
                Confidence.MODERATE);
        var identity = String.join("|", recipientName.toLowerCase(Locale.ROOT), supplierName.toLowerCase(Locale.ROOT),
                f.get(2), designation.toLowerCase(Locale.ROOT), description.toLowerCase(Locale.ROOT));
        var occurrence = occurrences.merge(identity, 1, Integer::sum);
        var key = "sipri:" + TransferCsvReader.hash(identity) + (occurrence == 1 ? "" : ":" + occurrence);
        var claim = new ImportClaim(null, null, null, quote(f), Stance.SUPPORTS, ImportPreview.DEFAULT_DATASET_GRADE);
        String skipped = null;
        if (supplier != null && supplier.equals(recipient) && problems.isEmpty()) {
            skipped = at(n, "left out: the supplier \"" + supplierName + "\" and the recipient \"" + recipientName
                    + "\" are both " + supplier + ", and a transfer needs two different parties.");
        }
        return ImportRow.of(n, key, supplierName, recipientName, draft, claim, problems, List.of(), skipped);
    }

    private static String notes(List<String> f, @Nullable BigDecimal ordered, @Nullable BigDecimal delivered) {
        var notes = new StringBuilder("From the SIPRI Trade Register. ");
        notes.append("Ordered ").append(f.get(2)).append("?".equals(f.get(3)) ? " (year uncertain)" : "").append(": ");
        notes.append(ordered == null ? "number not yet known" : ordered.toPlainString() + ("?".equals(f.get(5)) ? " (uncertain)" : ""));
        notes.append("; delivered: ").append(delivered == null ? "none identified" : delivered.toPlainString()
                + ("?".equals(f.get(9)) ? " (uncertain)" : ""));
        if (!f.get(10).isEmpty()) {
            notes.append(" in ").append(f.get(10));
        }
        notes.append(". ").append(f.get(11).isEmpty() ? "" : f.get(11) + ". ");
        if (!f.get(12).isEmpty()) {
            notes.append(f.get(12)).append(f.get(12).endsWith(".") ? " " : ". ");
        }
        notes.append("SIPRI TIV (millions): ").append(orDash(f.get(13))).append(" per unit, ").append(orDash(f.get(14)))
            .append(" for the order, ").append(orDash(f.get(15))).append(" delivered.");
        return notes.toString();
    }

    private static String orDash(String value) {
        return value.isEmpty() ? "—" : value;
    }

    /** The row as SIPRI published it, field by field: what the claim quotes. */
    private static String quote(List<String> f) {
        return "Recipient: " + f.get(0) + "; Supplier: " + f.get(1) + "; Year of order: " + f.get(2) + flag(f.get(3))
                + "; Number ordered: " + orDash(f.get(4)) + flag(f.get(5)) + "; Weapon designation: " + f.get(6)
                + "; Weapon description: " + f.get(7) + "; Number delivered: " + orDash(f.get(8)) + flag(f.get(9))
                + "; Year(s) of delivery: " + orDash(f.get(10)) + "; Status: " + f.get(11) + "; Comments: "
                + orDash(f.get(12)) + "; SIPRI TIV per unit: " + orDash(f.get(13)) + "; SIPRI TIV for total order: "
                + orDash(f.get(14)) + "; SIPRI TIV of delivered weapons: " + orDash(f.get(15));
    }

    private static String flag(String flag) {
        return flag.isEmpty() ? "" : " " + flag;
    }

    private static @Nullable Integer year(String text, String column, int line, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{4}")) {
            problems.add(at(line, "\"" + ExchangeService.shorten(text) + "\" in " + column + " is not a year."));
            return null;
        }
        var year = Integer.parseInt(text);
        if (year < 1900 || year > 2200) {
            problems.add(at(line, year + " in " + column + " is not a plausible year."));
            return null;
        }
        return year;
    }

    private static @Nullable BigDecimal count(String text, String column, int line, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,12}")) {
            problems.add(at(line, "\"" + ExchangeService.shorten(text) + "\" in " + column + " is not a number."));
            return null;
        }
        return new BigDecimal(text);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

}
