package org.transferwatch.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the application writes a day and a moment for its users: "30 Aug 2023", "30 Aug 2023 14:05 UTC". */
public final class DateFormats {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A moment, in UTC (the formatted value must already be in UTC). */
    public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH);

    /** The first and the last year a date may have: Java reads years PostgreSQL refuses (0) or few mean (100000). */
    public static final int FIRST_YEAR = 1;

    public static final int LAST_YEAR = 9999;

    private DateFormats() {
    }

    /** Whether the date lies in the years the application stores ({@value #FIRST_YEAR} to {@value #LAST_YEAR}). */
    public static boolean storable(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** The rule in the user's terms, to end a sentence: "must lie in the years 1 to 9999". */
    public static final String STORABLE_YEARS = "must lie in the years " + FIRST_YEAR + " to " + LAST_YEAR;

}
