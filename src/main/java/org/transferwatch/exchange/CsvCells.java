package org.transferwatch.exchange;

import static org.transferwatch.exchange.ImportRow.at;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.DbEnum;

/**
 * The cells of one row of our CSV, by column name: each read as text, number, flag, date or choice,
 * with neutralisation undone and each problem noted once, with the row's line.
 */
final class CsvCells {

    /**
     * Each choice's constants by their value and their label, lower case: one lookup per cell, rather than a
     * loop over the constants that copies them and lower-cases a value for every comparison.
     */
    private static final ClassValue<Map<String, Object>> CHOICES = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            var byText = new HashMap<String, Object>();
            for (var constant : type.getEnumConstants()) {
                var choice = (DbEnum) constant;
                byText.putIfAbsent(choice.dbValue().toLowerCase(Locale.ROOT), constant);
                byText.putIfAbsent(choice.label().toLowerCase(Locale.ROOT), constant);
            }
            return Map.copyOf(byText);
        }
    };

    private final CsvLines.Line line;

    private final Map<String, Integer> header;

    private final List<String> problems;

    private final Set<String> problemColumns = new HashSet<>();

    CsvCells(CsvLines.Line line, Map<String, Integer> header, List<String> problems) {
        this.line = line;
        this.header = header;
        this.problems = problems;
        for (int i = 0; i < line.fields().size(); i++) {
            var field = line.fields().get(i);
            if (field.length() > ExchangeService.MAX_FIELD) {
                problems.add(at(line.number(), "a field (column " + (i + 1) + ") has more than "
                        + String.format("%,d", ExchangeService.MAX_FIELD) + " characters."));
            }
            if (field.indexOf('\0') >= 0) {
                problems.add(at(line.number(), "a field (column " + (i + 1) + ") holds a NUL character."));
            }
        }
    }

    @Nullable String text(String column) {
        var index = header.get(column);
        if (index == null || index >= line.fields().size()) {
            return null;
        }
        var raw = line.fields().get(index);
        if (raw.length() > ExchangeService.MAX_FIELD || raw.indexOf('\0') >= 0) {
            return null;
        }
        var value = TransferCsv.restore(raw);
        return value.isBlank() ? null : value;
    }

    boolean hadProblemIn(String column) {
        return problemColumns.contains(column);
    }

    private void problem(String column, String text) {
        problemColumns.add(column);
        problems.add(at(line.number(), text));
    }

    @Nullable BigDecimal number(String column) {
        var text = text(column);
        if (text == null) {
            return null;
        }
        try {
            var number = new BigDecimal(text.strip());
            if (number.abs().compareTo(new BigDecimal("1e17")) >= 0 || number.scale() > 2) {
                problem(column, "\"" + ExchangeService.shorten(text) + "\" in " + column
                        + " is out of range (at most 17 digits and 2 decimals).");
                return null;
            }
            return number;
        }
        catch (NumberFormatException e) {
            problem(column, "\"" + ExchangeService.shorten(text) + "\" in " + column + " is not a number.");
            return null;
        }
    }

    boolean bool(String column) {
        var text = text(column);
        if (text == null) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                problem(column, "\"" + ExchangeService.shorten(text) + "\" in " + column + " is not true or false.");
                yield false;
            }
        };
    }

    @Nullable LocalDate date(String column) {
        var text = text(column);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            problem(column, "\"" + ExchangeService.shorten(text) + "\" in " + column + " is not a date (YYYY-MM-DD).");
            return null;
        }
        if (!DateFormats.storable(date)) {
            problem(column, "\"" + ExchangeService.shorten(text) + "\" in " + column + " " + DateFormats.STORABLE_YEARS + ".");
            return null;
        }
        return date;
    }

    <E extends Enum<E> & DbEnum> @Nullable E choice(String column, Class<E> type, String what) {
        var text = text(column);
        if (text == null) {
            return null;
        }
        var constant = CHOICES.get(type).get(text.strip().toLowerCase(Locale.ROOT));
        if (constant != null) {
            return type.cast(constant);
        }
        var allowed = Arrays.stream(type.getEnumConstants()).map(DbEnum::dbValue).toList();
        problem(column, "unknown " + what + " \"" + ExchangeService.shorten(text) + "\" (use one of "
                + String.join(", ", allowed) + ").");
        return null;
    }

}
