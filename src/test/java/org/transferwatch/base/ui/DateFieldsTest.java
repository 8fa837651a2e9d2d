package org.transferwatch.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DateFieldsTest {

    @Test
    void a_date_field_reads_iso_days_first_and_then_the_users_short_form() {
        var picker = DateFields.day("Published");

        assertThat(picker.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd", "M/d/yyyy");
        assertThat(picker.getPlaceholder()).isEqualTo("YYYY-MM-DD");
        assertThat(picker.getI18n().getBadInputErrorMessage())
            .isEqualTo("This is not a date we can read: type it as 2023-09-30 (year-month-day) or as 9/30/2023.");
    }

    @Test
    void the_users_short_form_has_a_four_digit_year_in_the_order_of_their_locale() {
        assertThat(DateFields.localPattern(Locale.UK)).isEqualTo("dd/MM/yyyy");
        assertThat(DateFields.localPattern(Locale.GERMANY)).isEqualTo("dd.MM.yyyy");
        assertThat(DateFields.localPattern(Locale.CANADA)).isEqualTo("yyyy-MM-dd");
        assertThat(DateFields.badInputMessage("dd.MM.yyyy")).endsWith("or as 30.09.2023.");
        assertThat(DateFields.badInputMessage("yyyy-MM-dd")).endsWith("(year-month-day).");
    }

}
