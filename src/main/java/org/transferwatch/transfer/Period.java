package org.transferwatch.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

import org.transferwatch.base.DateFormats;

/** When a transfer took place, to the precision known: "Q4 2022" is 2022-10-01..2022-12-31, quarter. */
public record Period(LocalDate start, LocalDate end, PeriodPrecision precision) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PeriodPrecision.YEAR);
    }

    public static Period quarter(int year, int quarter) {
        var start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(start, start.plusMonths(3).minusDays(1), PeriodPrecision.QUARTER);
    }

    public static Period month(int year, int month) {
        var start = LocalDate.of(year, month, 1);
        return new Period(start, start.plusMonths(1).minusDays(1), PeriodPrecision.MONTH);
    }

    public String label() {
        return switch (precision) {
            case YEAR -> start.getYear() == end.getYear() ? Integer.toString(start.getYear())
                    : start.getYear() + "–" + end.getYear();
            case QUARTER -> {
                var first = "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + start.getYear();
                var last = "Q" + end.get(IsoFields.QUARTER_OF_YEAR) + " " + end.getYear();
                yield first.equals(last) ? first : first + " – " + last;
            }
            case MONTH -> {
                var first = MONTH.format(start);
                var last = MONTH.format(end);
                yield first.equals(last) ? first : first + " – " + last;
            }
            case DAY -> start.equals(end) ? DateFormats.DAY.format(start)
                    : DateFormats.DAY.format(start) + " – " + DateFormats.DAY.format(end);
        };
    }

}
