package org.transferwatch.base.ui;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * How every date field of the application reads what is typed: ISO days ("2023-09-30"), as sources and the
 * catalogue write them and the same in every browser, and also the user's own short form (e.g. 9/30/2023 in the
 * United States, 30/09/2023 in Britain). Dates are shown in ISO so that nobody has to guess which is the month; a
 * value neither form reads is not silently dropped: the field says what it expects.
 */
public final class DateFields {

    public static final String ISO_PATTERN = "yyyy-MM-dd";

    private DateFields() {
    }

    public static DatePicker day(String label) {
        return readIsoAndLocal(new DatePicker(label));
    }

    public static DatePicker readIsoAndLocal(DatePicker picker) {
        var locale = UI.getCurrent() == null ? Locale.US : UI.getCurrent().getLocale();
        var local = localPattern(locale);
        var additional = local.equals(ISO_PATTERN) ? new String[0] : new String[] {local};
        picker.setI18n(new DatePicker.DatePickerI18n()
            .setDateFormats(ISO_PATTERN, additional)
            .setBadInputErrorMessage(badInputMessage(local)));
        picker.setPlaceholder("YYYY-MM-DD");
        return picker;
    }

    /** The sentence a date field shows when it cannot read what was typed. */
    public static String badInputMessage(String localPattern) {
        var example = localPattern.equals(ISO_PATTERN) ? ""
                : " or as " + localPattern.replace("yyyy", "2023").replace("MM", "09").replace("M", "9")
                    .replace("dd", "30").replace("d", "30");
        return "This is not a date we can read: type it as 2023-09-30 (year-month-day)" + example + ".";
    }

    /** The locale's short date pattern with a four-digit year, in the tokens the date picker reads. */
    static String localPattern(Locale locale) {
        var pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        var digitsOnly = pattern.replaceAll("[^dMy./\\-]", "");
        var year = digitsOnly.replaceAll("y+", "yyyy");
        return year.matches("[dMy./\\-]+") && year.contains("d") && year.contains("M") && year.contains("yyyy") ? year
                : ISO_PATTERN;
    }

}
