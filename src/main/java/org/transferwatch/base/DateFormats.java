package org.transferwatch.base;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the application writes a day and a moment for its users: "30 Aug 2023", "30 Aug 2023 14:05 UTC". */
public final class DateFormats {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A moment, in UTC (the formatted value must already be in UTC). */
    public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH);

    private DateFormats() {
    }

}
