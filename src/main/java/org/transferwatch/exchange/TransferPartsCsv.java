package org.transferwatch.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DbEnum;
import org.transferwatch.party.PartyKind;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.PeriodPrecision;
import org.transferwatch.transfer.PartyRole;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.ShipmentMode;

/**
 * The cells of our CSV that hold a transfer's parties and its first and last shipment (docs/data-exchange.md):
 * read for people and read back by the import. The export writes them in the database (TransferExportRepository,
 * by the same rules); this class reads them. A party is {@code Name (role, kind[, IMO number][, country code])},
 * several joined by "; ". A shipment is
 * {@code period [precision] mode [ship to ship] [from place] [via crossing] [to place] [at latitude, longitude]
 * [on carrier [(IMO number)]] [into receiving vessel [(IMO number)]] [carrying quantity]}. A name that holds
 * a quote, a parenthesis, a semicolon or one of those words between spaces is written in double quotes, a quote
 * in it doubled, so that every name reads back as it was.
 */
final class TransferPartsCsv {

    /** The words that start each part of a shipment. */
    static final List<String> LEG_WORDS = List.of("from", "via", "to", "at", "on", "into", "carrying");

    /**
     * When a name is written in quotes. The export's SQL applies the same expression (TransferExportRepository,
     * NEEDS_QUOTES); the round-trip tests hold the two to one rule.
     */
    static final Pattern NEEDS_QUOTES = Pattern.compile("[\"();]|\\s(from|via|to|at|on|into|carrying)(\\s|$)|^\\s|\\s$");

    private static final Pattern IMO = Pattern.compile("\\(IMO ([^)]*)\\)");

    private static final Set<String> PRECISIONS = Set.of("day", "month", "quarter", "year");

    private TransferPartsCsv() {
    }

    /** A party as a cell names it. */
    record PartyCell(String name, PartyRole role, PartyKind kind, @Nullable String imoNumber,
            @Nullable String countryCode) {
    }

    /** A carrier or receiving vessel as a shipment names it. */
    record Named(String name, @Nullable String imoNumber) {
    }

    /** A shipment as a cell gives it, its places by name. */
    record LegCell(@Nullable Period period, ShipmentMode mode, boolean shipToShip, @Nullable String loading,
            @Nullable String crossing, @Nullable String discharge, @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude, @Nullable Named carrier, @Nullable Named receivingVessel,
            Quantity quantity) {
    }

    /** A name as the cells write it: in quotes when it could be read as more than a name. */
    static String name(String name) {
        return NEEDS_QUOTES.matcher(name).find() ? "\"" + name.replace("\"", "\"\"") + "\"" : name;
    }

    /**
     * The parties of a cell; each problem (without the line, which the caller adds) goes to {@code problems}
     * and leaves that party out.
     */
    static List<PartyCell> parties(String cell, String column, List<String> problems) {
        var parties = new ArrayList<PartyCell>();
        for (var entry : splitOutsideQuotes(cell)) {
            if (entry.isBlank()) {
                continue;
            }
            var reader = new Reader(entry.strip());
            var name = reader.name(Set.of());
            reader.skipSpaces();
            if (name == null || name.isBlank() || !reader.rest().startsWith("(") || !reader.rest().endsWith(")")) {
                problems.add("the party \"" + ExchangeService.shorten(entry.strip()) + "\" in " + column
                        + " cannot be read: write it as Name (role, kind), e.g. \"Angara (carrier, vessel, IMO 9183609)\".");
                continue;
            }
            var details = reader.rest().substring(1, reader.rest().length() - 1).split(",");
            var role = choice(details[0], PartyRole.class, "role", column, problems);
            var kind = details.length < 2 ? null : choice(details[1], PartyKind.class, "party kind", column, problems);
            if (details.length < 2) {
                problems.add("give the kind of " + ExchangeService.shorten(name) + " in " + column
                        + " after its role, e.g. (shipper, company).");
            }
            String imo = null;
            String country = null;
            for (var i = 2; i < details.length; i++) {
                var detail = details[i].strip();
                if (detail.regionMatches(true, 0, "IMO ", 0, 4)) {
                    imo = detail.substring(4).strip();
                }
                else if (detail.matches("[A-Za-z][A-Za-z0-9-]{1,15}")) {
                    country = detail.toUpperCase(Locale.ROOT);
                }
                else {
                    problems.add("\"" + ExchangeService.shorten(detail) + "\" in " + column + " is neither an IMO number"
                            + " (IMO 9183609) nor a state code (PRK).");
                }
            }
            if (role != null && kind != null) {
                parties.add(new PartyCell(name, role, kind, imo, country));
            }
        }
        return parties;
    }

    /** The shipment of a cell, or null with the problems (without the line) added to {@code problems}. */
    static @Nullable LegCell leg(String cell, String column, List<String> problems) {
        var before = problems.size();
        var reader = new Reader(cell.strip());
        var first = reader.word();
        Period period = null;
        if (!isMode(first) && !first.matches("\\d.*")) {
            first = "";
        }
        else if (!isMode(first)) {
            period = period(first, column, problems);
            var next = reader.word();
            var precision = PeriodPrecision.DAY;
            if (PRECISIONS.contains(next)) {
                precision = PeriodPrecision.fromDb(next);
                next = reader.word();
            }
            if (period != null) {
                period = new Period(period.start(), period.end(), precision);
            }
            first = next;
        }
        if (!isMode(first)) {
            problems.add("the " + column + " \"" + ExchangeService.shorten(cell) + "\" cannot be read: give its date"
                    + " or period, then how it moved (sea, rail, air or road), e.g. \"2023-09-07 sea from Rajin to Dunai\".");
            return null;
        }
        var mode = ShipmentMode.fromDb(first);
        var shipToShip = false;
        reader.skipSpaces();
        if (reader.rest().startsWith("ship to ship")) {
            reader.skip("ship to ship".length());
            shipToShip = true;
        }
        String loading = null;
        String crossing = null;
        String discharge = null;
        BigDecimal latitude = null;
        BigDecimal longitude = null;
        Named carrier = null;
        Named receiving = null;
        var quantity = Quantity.UNKNOWN;
        var words = Set.copyOf(LEG_WORDS);
        while (!reader.atEnd()) {
            var word = reader.word();
            switch (word) {
                case "from" -> loading = reader.name(words);
                case "via" -> crossing = reader.name(words);
                case "to" -> discharge = reader.name(words);
                case "on" -> carrier = named(reader, words);
                case "into" -> receiving = named(reader, words);
                case "at" -> {
                    var position = reader.plain(words).split(",");
                    latitude = position.length == 2 ? number(position[0]) : null;
                    longitude = position.length == 2 ? number(position[1]) : null;
                    if (latitude == null || longitude == null) {
                        problems.add("the position in " + column + " cannot be read: give it as latitude, longitude in"
                                + " degrees, e.g. \"at 38.12, 124.5\".");
                    }
                }
                case "carrying" -> quantity = quantity(reader.restAndEnd(), column, problems);
                default -> {
                    problems.add("the " + column + " \"" + ExchangeService.shorten(cell) + "\" cannot be read at \""
                            + ExchangeService.shorten(word) + "\": each part starts with one of "
                            + String.join(", ", LEG_WORDS) + ".");
                    return null;
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new LegCell(period, mode, shipToShip, loading, crossing, discharge, latitude, longitude, carrier, receiving,
                quantity);
    }

    private static Named named(Reader reader, Set<String> words) {
        var name = reader.name(words);
        reader.skipSpaces();
        String imo = null;
        Matcher matcher = IMO.matcher(reader.rest());
        if (matcher.lookingAt()) {
            imo = matcher.group(1).strip();
            reader.skip(matcher.end());
        }
        return new Named(name == null ? "" : name, imo);
    }

    private static boolean isMode(String word) {
        return Arrays.stream(ShipmentMode.values()).anyMatch(mode -> mode.dbValue().equals(word));
    }

    private static @Nullable Period period(String text, String column, List<String> problems) {
        var parts = text.split("/", -1);
        try {
            var start = LocalDate.parse(parts[0]);
            var end = parts.length == 2 ? LocalDate.parse(parts[1]) : start;
            if (parts.length > 2) {
                throw new DateTimeParseException("two dates at most", text, 0);
            }
            if (end.isBefore(start)) {
                problems.add("the " + column + " ends before it starts (" + start + " to " + end + ").");
                return null;
            }
            return new Period(start, end, PeriodPrecision.DAY);
        }
        catch (DateTimeParseException e) {
            problems.add("\"" + ExchangeService.shorten(text) + "\" in " + column + " is not a date (YYYY-MM-DD) or a"
                    + " period (YYYY-MM-DD/YYYY-MM-DD).");
            return null;
        }
    }

    private static Quantity quantity(String text, String column, List<String> problems) {
        var rest = text.strip();
        var estimate = rest.startsWith("about ");
        if (estimate) {
            rest = rest.substring("about ".length()).strip();
        }
        var upTo = rest.startsWith("up to ");
        if (upTo) {
            rest = rest.substring("up to ".length()).strip();
        }
        var space = rest.indexOf(' ');
        var amount = space < 0 ? rest : rest.substring(0, space);
        var unit = space < 0 ? null : rest.substring(space + 1).strip();
        if (!amount.matches("[0-9.]+(-[0-9.]+)?")) {
            // No figure: the whole text is the unit ("carrying shells").
            return new Quantity(null, null, rest.isEmpty() ? null : rest, estimate);
        }
        var range = amount.split("-");
        var low = number(range[0]);
        var high = range.length == 2 ? number(range[1]) : null;
        if (low == null || range.length == 2 && high == null) {
            problems.add("the quantity \"" + ExchangeService.shorten(text) + "\" in " + column + " is not a number.");
            return Quantity.UNKNOWN;
        }
        return upTo ? new Quantity(null, low, unit, estimate) : new Quantity(low, high, unit, estimate);
    }

    private static @Nullable BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E> & DbEnum> @Nullable E choice(String text, Class<E> type, String what,
            String column, List<String> problems) {
        var value = text.strip().toLowerCase(Locale.ROOT);
        for (var constant : type.getEnumConstants()) {
            if (constant.dbValue().equals(value) || constant.dbValue().replace('_', ' ').equals(value)
                    || constant.label().toLowerCase(Locale.ROOT).equals(value)) {
                return constant;
            }
        }
        var allowed = Arrays.stream(type.getEnumConstants()).map(DbEnum::dbValue).toList();
        problems.add("unknown " + what + " \"" + ExchangeService.shorten(text.strip()) + "\" in " + column + " (use one of "
                + String.join(", ", allowed) + ").");
        return null;
    }

    /** The parts of a cell between semicolons that are not inside a quoted name. */
    private static List<String> splitOutsideQuotes(String cell) {
        var parts = new ArrayList<String>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < cell.length(); i++) {
            var c = cell.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted) {
                parts.add(cell.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(cell.substring(start));
        return parts;
    }

    /** Reads a cell from left to right. */
    private static final class Reader {

        private final String text;

        private int at;

        Reader(String text) {
            this.text = text;
        }

        boolean atEnd() {
            skipSpaces();
            return at >= text.length();
        }

        void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }

        void skip(int length) {
            at = Math.min(text.length(), at + length);
        }

        String rest() {
            return text.substring(at);
        }

        String restAndEnd() {
            var rest = rest();
            at = text.length();
            return rest;
        }

        /** The next word, up to a space. */
        String word() {
            skipSpaces();
            var end = text.indexOf(' ', at);
            var word = end < 0 ? text.substring(at) : text.substring(at, end);
            at = end < 0 ? text.length() : end;
            return word;
        }

        /** A name: in quotes, or up to the next of the words (between spaces), an IMO number or "(". */
        @Nullable String name(Set<String> words) {
            skipSpaces();
            if (at < text.length() && text.charAt(at) == '"') {
                var name = new StringBuilder();
                var i = at + 1;
                while (i < text.length()) {
                    var c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            name.append('"');
                            i += 2;
                            continue;
                        }
                        at = i + 1;
                        return name.toString();
                    }
                    name.append(c);
                    i++;
                }
                at = text.length();
                return null;
            }
            var plain = plain(words);
            var paren = plain.indexOf('(');
            if (paren >= 0) {
                at -= plain.length() - paren;
                plain = plain.substring(0, paren);
            }
            return plain.strip();
        }

        /** The text up to the next of the words (between spaces), or to the end. */
        String plain(Set<String> words) {
            var end = text.length();
            for (var word : words) {
                var i = text.indexOf(" " + word + " ", at);
                if (i >= 0 && i < end) {
                    end = i;
                }
            }
            var plain = text.substring(at, end);
            at = end;
            return plain;
        }

    }

}
