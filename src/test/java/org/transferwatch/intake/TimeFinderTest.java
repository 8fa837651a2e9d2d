package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.transferwatch.transfer.PeriodPrecision;

class TimeFinderTest {

    private static final LocalDate REPORT = LocalDate.of(2023, 8, 30);

    private static List<String> labels(String text, LocalDate reportedOn) {
        return TimeFinder.find(text, reportedOn).stream().filter(t -> !t.reporting()).map(t -> t.period().label()).toList();
    }

    @Test
    void late_last_year_is_the_fourth_quarter_of_the_year_before_the_report() {
        var found = TimeFinder.find("provided shells to Russia late last year", REPORT);
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.period().label()).isEqualTo("Q4 2022");
            assertThat(t.period().precision()).isEqualTo(PeriodPrecision.QUARTER);
            assertThat(t.relative()).isTrue();
        });
    }

    @Test
    void a_month_without_a_year_is_the_latest_such_month_not_after_the_report() {
        assertThat(labels("a visit to Pyongyang in July", REPORT)).containsExactly("Jul 2023");
        assertThat(labels("a visit to Pyongyang in September", REPORT)).containsExactly("Sep 2022");
        assertThat(labels("in August", REPORT)).containsExactly("Aug 2023");
    }

    @Test
    void in_coming_months_are_the_three_months_after_the_report() {
        var found = TimeFinder.find("discussions may continue in coming months", REPORT);
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.period().label()).isEqualTo("Sep 2023 – Nov 2023");
            assertThat(t.period().precision()).isEqualTo(PeriodPrecision.MONTH);
        });
    }

    @Test
    void years_quarters_and_parts_of_years_keep_their_precision() {
        assertThat(labels("last year", REPORT)).containsExactly("2022");
        assertThat(labels("in 2022", REPORT)).containsExactly("2022");
        assertThat(labels("earlier this year", REPORT)).containsExactly("Jan 2023 – Jul 2023");
        assertThat(labels("in the first quarter of 2023", REPORT)).containsExactly("Q1 2023");
        assertThat(labels("in the second half of last year", REPORT)).containsExactly("Q3 2022 – Q4 2022");
        assertThat(labels("in early 2024", REPORT)).containsExactly("Q1 2024");
        assertThat(labels("by the end of the year", REPORT)).containsExactly("Q4 2023");
        assertThat(labels("in March 2022", REPORT)).containsExactly("Mar 2022");
        assertThat(labels("on 2 January", REPORT)).containsExactly("2 Jan 2023");
        assertThat(labels("last month", REPORT)).containsExactly("Jul 2023");
        assertThat(labels("since August last year", REPORT)).containsExactly("Aug 2022 – Aug 2023");
    }

    @Test
    void the_time_of_the_reporting_itself_is_marked_as_such() {
        var found = TimeFinder.find("the intelligence service said on Monday that shells moved", REPORT);
        assertThat(found).singleElement().satisfies(t -> assertThat(t.reporting()).isTrue());
    }

    @Test
    void without_a_report_date_only_absolute_expressions_resolve() {
        assertThat(labels("late last year, in July and in March 2022", null)).containsExactly("Mar 2022");
    }

}
