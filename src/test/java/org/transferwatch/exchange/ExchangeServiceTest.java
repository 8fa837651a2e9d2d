package org.transferwatch.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.support.TestData.as;
import static org.transferwatch.support.TestData.draft;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.ImportOutcome;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.PeriodPrecision;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferSort;
import org.transferwatch.transfer.TransferStatus;

@TransferWatchTest
@Transactional
class ExchangeServiceTest {

    static final String HEADER = "natural_key,supplier_code,recipient_code,kind,category,item,quantity_low,quantity_high,"
            + "quantity_unit,status,period_start,period_end,period_precision,confidence,source,quote,grade\r\n";

    @Autowired
    ExchangeService exchange;

    @Autowired
    TransferService transfers;

    @Autowired
    EvidenceService evidenceService;

    @Autowired
    TransferListService listing;

    @Autowired
    DSLContext dsl;

    private int count(String table) {
        return dsl.fetchCount(dsl.selectFrom(table));
    }

    private String export(TransferFilter filter) {
        return ExchangeFiles.export(exchange, filter);
    }

    private ImportPreview preview(String csv) {
        return ExchangeFiles.preview(exchange, csv);
    }

    private ImportOutcome importCsv(String csv) {
        return exchange.importPreview(preview(csv), written -> {
        });
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_export_of_the_demo_data_has_the_documented_columns_and_one_row_per_transfer() {
        var csv = export(TransferFilter.NONE);
        var lines = csv.substring(1).split("\r\n");
        assertThat(csv.charAt(0)).isEqualTo('\uFEFF');
        assertThat(lines[0]).isEqualTo(String.join(",", TransferCsv.COLUMNS));
        assertThat(lines).hasSize(4);
        assertThat(csv).contains("demo:yonhap-2023-08-30:shells-and-rockets,PRK,North Korea,RUS,Russia,arms,ML3,"
                + "Infantry artillery shells and rockets,,1000000.00,,shells and rockets,true,,delivered,2022-10-01,"
                + "2022-12-31,quarter,2023-08-30,");
        assertThat(csv).contains(",published,\"1 source, 1 disputing, best B2\",");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_exports_published_transfers_only_and_the_filter_applies() {
        as(Role.ANALYST, () -> transfers.createDraft(draft("IRN", "RUS", "Shahed-136 drones")));
        assertThat(export(TransferFilter.NONE)).doesNotContain("Shahed-136");
        var delivered = new TransferFilter(null, null, false, null, null, TransferStatus.DELIVERED, null, null, null, null,
                null, null);
        assertThat(export(delivered).split("\r\n")).hasSize(2);
        assertThat(as(Role.ANALYST, () -> export(TransferFilter.NONE))).contains("Shahed-136 drones");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_file_starts_with_a_byte_order_mark_and_the_header_and_ends_every_record_with_crlf() {
        transfers.createDraft(draft("BLR", "SYR", "Shells"));
        var csv = export(TransferFilter.pair("BLR", "SYR"));
        assertThat(csv).startsWith("\uFEFFnatural_key,supplier_code,supplier,recipient_code,recipient,kind,category,");
        assertThat(csv.split("\r\n", -1)).hasSize(3).endsWith("");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void quotes_commas_and_line_breaks_are_quoted_as_rfc_4180_says() {
        transfers.createDraft(withNotes(draft("BLR", "SYR", "Shells, \"152mm\""), "First line\nsecond line"));
        var csv = export(TransferFilter.pair("BLR", "SYR"));
        assertThat(csv).contains(",\"Shells, \"\"152mm\"\"\",").contains(",\"First line\nsecond line\",");
        assertThat(csv.split("\r\n", -1)).hasSize(3);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void formula_triggers_are_neutralised_in_the_written_file() {
        transfers.createDraft(withNotes(draft("BLR", "SYR", "=HYPERLINK(\"http://evil\")"), "-10 units @ night"));
        var csv = export(TransferFilter.pair("BLR", "SYR"));
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",").contains(",'-10 units @ night,");
    }

    /** The database neutralises cells by the very rule of {@link TransferCsv#neutralise} (NUL aside: text cannot hold it). */
    @ParameterizedTest
    @ValueSource(strings = { "=SUM(A1:A9)", "+31 20 555", "-2+3", "@cmd", "\tindented", "\rreturn", "Artillery shells",
            "a=b", "'quoted'", "x-ray", "'=x", "''+1", "'", "''", "  =1+1", "\n@cmd", "\u00a0-2", "\u3000+1",
            "\uff1d1+1", "\uff0b1", "\uff0d1", "\uff20cmd", "'  =x", "   ", "a \uff1d b" })
    @WithDemoUser(Role.ANALYST)
    void every_exported_cell_is_neutralised_as_the_import_expects(String value) {
        var id = transfers.createDraft(draft("BLR", "SYR", "Item"));
        // Straight into the row: the form strips the leading tab or carriage return these values start with.
        dsl.update(TRANSFER)
            .set(TRANSFER.NOTES, value)
            .where(TRANSFER.ID.eq(id))
            .execute();
        var records = CsvLines.read(export(TransferFilter.pair("BLR", "SYR")).substring(1), 1, share -> {
        });
        var notes = records.get(1).fields().get(TransferCsv.COLUMNS.indexOf(TransferCsv.NOTES));
        assertThat(notes).isEqualTo(TransferCsv.neutralise(value));
        assertThat(TransferCsv.restore(notes)).isEqualTo(value);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_free_text_filter_with_quotes_and_backslashes_exports_what_the_list_shows() {
        transfers.createDraft(draft("BLR", "SYR", "Shells for O'Brien\\depot"));
        var csv = export(TransferFilter.pair("BLR", "SYR").withText("O'Brien\\depot"));
        assertThat(csv.split("\r\n", -1)).hasSize(3);
        assertThat(export(TransferFilter.NONE.withText("'; drop table transfer; --")).split("\r\n", -1)).hasSize(2);
    }

    private static TransferDraft withNotes(TransferDraft d, String notes) {
        return new TransferDraft(d.supplierCode(), d.recipientCode(), d.kind(), d.categoryCode(), d.item(), d.designation(),
                d.quantity(), d.valueUsdEstimate(), d.status(), d.period(), d.firstReportedOn(), d.routeNotes(), notes,
                d.confidence());
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_export_round_trips_through_the_import_unchanged_and_creates_no_duplicates() {
        var tricky = new TransferDraft("IRN", "RUS", TransferKind.ARMS, "ML10", "=cmd|' /C calc'!A0, \"Shahed\"", "-136",
                new Quantity(new BigDecimal("6000"), new BigDecimal("6600.50"), "drones", true), new BigDecimal("1.25"),
                TransferStatus.IN_DELIVERY, new Period(LocalDate.of(2022, 8, 1), LocalDate.of(2024, 2, 29),
                        PeriodPrecision.DAY),
                LocalDate.of(2022, 10, 17), "@Caspian Sea\tby ship", "Line one,\r\nline \"two\"\nthird — Gerän-2 ✓ in C:\\reports\\N",
                Confidence.HIGH);
        var id = transfers.createDraft(tricky);
        evidenceService.addClaimFromNewSource(id, new NewSource(SourceKind.NEWS_ARTICLE, "+Reuters report", "Reuters", null,
                "https://example.org/shahed", LocalDate.of(2022, 10, 18), "en", null),
                new NewClaim(0, "Iran supplied \"hundreds\" of drones.", Stance.SUPPORTS, AdmiraltyGrade.parse("C3")));
        var plain = transfers.createDraft(draft("BLR", "RUS", "Plain transfer without evidence"));
        var before = export(TransferFilter.NONE);
        var transfersBefore = count("transfer");
        var claimsBefore = count("claim_link");
        var sourcesBefore = count("source");

        var outcome = importCsv(before);

        assertThat(outcome.inserted()).isZero();
        assertThat(outcome.updated()).isZero();
        assertThat(outcome.unchanged()).isEqualTo(2);
        assertThat(outcome.leftReviewed()).isEqualTo(3);
        assertThat(count("transfer")).isEqualTo(transfersBefore);
        assertThat(count("claim_link")).isEqualTo(claimsBefore);
        assertThat(count("source")).isEqualTo(sourcesBefore);
        assertThat(export(TransferFilter.NONE)).isEqualTo(before);

        // Into a state without the two drafts: they come back with every field as it was.
        dsl.deleteFrom(TRANSFER)
            .where(TRANSFER.ID.in(id, plain))
            .execute();
        var again = importCsv(before);
        assertThat(again.inserted()).isEqualTo(2);
        assertThat(count("transfer")).isEqualTo(transfersBefore);
        assertThat(count("source")).isEqualTo(sourcesBefore);
        assertThat(sortedLines(export(TransferFilter.NONE))).isEqualTo(sortedLines(before));
    }

    private static List<String> sortedLines(String csv) {
        // Records, not lines: the notes above hold line breaks inside a quoted field.
        return Arrays.stream(csv.split("\r\n(?=[a-z]+:)")).sorted().toList();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void every_problem_is_reported_in_the_users_terms_with_its_line_and_nothing_is_written() {
        var before = count("transfer");
        var csv = HEADER
                + "k1,PRK,RUS,arms,ML3,Shells,10,20,shells,delivered,2024-01-01,2024-03-31,quarter,moderate,Yonhap,Quoted.,G7\r\n"
                + "k2,PRK,RUS,arms,ML3,Rockets,,,,delivered,,,,moderate,,,\r\n"
                + "k3,PRK,ZZZ,arms,ML3,Shells,,,,delivered,,,,moderate,,,\r\n"
                + "k4,RUS,RUS,arms,,Tanks,,,,agreed,,,,low,,,\r\n"
                + "k5,PRK,RUS,arms,,Shells,5,2,,reported,2024-05-01,2024-01-01,day,low,,,\r\n"
                + "k6,PRK,RUS,weapons,,Shells,,,,shipped,,,,sure,,,\r\n";
        var preview = preview(csv);
        assertThat(preview.problems()).containsExactly(
                "Line 2: \"G7\" is not an Admiralty grade (a letter A-F and a digit 1-6, e.g. B2).",
                "Line 4: unknown state \"ZZZ\" as recipient.",
                "Line 5: the supplier and the recipient must differ.",
                "Line 6: the period ends before it starts (2024-05-01 to 2024-01-01).",
                "Line 6: the lowest quantity must not exceed the highest.",
                "Line 7: unknown kind \"weapons\" (use one of arms, raw_material, dual_use).",
                "Line 7: unknown status \"shipped\" (use one of reported, possible, under_negotiation, agreed, in_delivery, "
                        + "delivered, denied, disputed).",
                "Line 7: unknown confidence \"sure\" (use one of high, moderate, low).");
        assertThat(preview.ready()).isFalse();
        assertThatThrownBy(() -> exchange.importPreview(preview, written -> {
        })).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).contains("Line 5: the supplier and the recipient must differ."));
        assertThat(count("transfer")).isEqualTo(before);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void states_by_their_common_names_and_categories_by_keyword_are_imported_with_their_codes() {
        var csv = "natural_key,supplier,recipient,kind,category,item,status,confidence\r\n"
                + "words:1,N. Korea,Russian Federation,arms,shells,Artillery shells,reported,low\r\n"
                + "words:2,Iran (Islamic Republic of),the Emirates,raw_material,oil,Crude oil,reported,low\r\n"
                + "words:3,DPRK,Russia,arms,drones,Attack drones,reported,low\r\n";
        var preview = preview(csv);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rowsToImport()).extracting(row -> row.draft().supplierCode() + " → "
                + row.draft().recipientCode() + " " + row.draft().categoryCode())
            .containsExactly("PRK → RUS ML3", "IRN → ARE HS27", "PRK → RUS ML10");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void re_importing_a_file_without_natural_keys_creates_no_duplicates_and_each_import_is_audited() {
        var csv = "supplier,recipient,kind,item,status,confidence,period_start,period_end,period_precision\r\n"
                + "North Korea,Russia,arms,KN-23 missiles,delivered,moderate,2024-01-01,2024-12-31,year\r\n"
                + "Iran,the Kremlin,arms,Fath-360 missiles,reported,low,,,\r\n";
        var transfersBefore = count("transfer");
        var importsBefore = dsl.fetchCount(dsl.selectFrom("audit_event").where("entity_type = 'import'"));

        var first = importCsv(csv);
        var second = importCsv(csv);

        assertThat(first.inserted()).isEqualTo(2);
        assertThat(second.inserted()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(count("transfer")).isEqualTo(transfersBefore + 2);
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("entity_type = 'import' and action = 'import'")))
            .isEqualTo(importsBefore + 2);
        assertThat(dsl.fetchValue("select after ->> 'inserted' from audit_event where entity_type = 'import' "
                + "order by id limit 1")).isEqualTo("2");
        assertThat(listing.page(TransferFilter.pair("IRN", "RUS"), TransferSort.NEWEST, 0, 10))
            .extracting(row -> row.reviewState().dbValue())
            .containsExactly("draft");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_preview_refuses_a_javascript_source_url_as_the_confirm_does() {
        var csv = "natural_key,supplier_code,recipient_code,kind,item,status,confidence,source_url,quote,grade\r\n"
                + "url:1,PRK,RUS,arms,Shells,reported,low,javascript:alert(1),Seen at the port.,B2\r\n";
        assertThat(preview(csv).problems()).singleElement().asString()
            .contains("the source_url \"javascript:alert(1)\" must be a web address starting with http:// or https://.");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0000-06-30", "+100000-01-01" })
    @WithDemoUser(Role.ANALYST)
    void the_preview_reports_a_year_postgresql_cannot_store_and_the_confirm_is_refused(String date) {
        var csv = "natural_key,supplier_code,recipient_code,kind,item,status,confidence,first_reported_on\r\n"
                + "years:1,PRK,RUS,arms,Shells,reported,low," + date + "\r\n";
        var preview = preview(csv);
        assertThat(preview.problems()).singleElement().asString()
            .contains("\"" + date + "\" in first_reported_on must lie in the years 1 to 9999.");
        var before = count("transfer");
        assertThatThrownBy(() -> exchange.importPreview(preview, written -> {
        })).isInstanceOf(ValidationException.class);
        assertThat(count("transfer")).isEqualTo(before);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_import_that_changes_a_draft_updates_it_in_place() {
        var csv = "natural_key,supplier_code,recipient_code,kind,item,status,confidence\r\n"
                + "test:1,PRK,RUS,arms,Shells,reported,low\r\n";
        importCsv(csv);
        var outcome = importCsv(csv.replace("reported,low", "delivered,high"));
        assertThat(outcome.updated()).isEqualTo(1);
        assertThat(dsl.fetchValue("select status || '/' || confidence || '/' || version from transfer "
                + "where natural_key = 'test:1'")).isEqualTo("delivered/high/1");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void imported_transfers_are_found_by_the_words_of_their_fields_and_quotes() {
        var csv = "natural_key,supplier_code,recipient_code,kind,item,status,confidence,source,quote,grade\r\n"
                + "search:1,PRK,RUS,arms,Gyroscopes,reported,low,Yonhap,Seen near the xylophone factory.,B2\r\n";
        importCsv(csv);
        assertThat(found("xylophone")).containsExactly("Gyroscopes");
        assertThat(found("gyroscope")).containsExactly("Gyroscopes");

        importCsv(csv.replace("xylophone", "marimba"));
        assertThat(found("marimba")).containsExactly("Gyroscopes");
        assertThat(found("xylophone")).isEmpty();

        // Other writes in the same transaction keep their search documents current again.
        var id = transfers.createDraft(draft("IRN", "RUS", "Accelerometers"));
        assertThat(found("accelerometer")).containsExactly("Accelerometers");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_large_import_is_written_in_chunks_with_progress_and_searchable_in_every_chunk() {
        var csv = new StringBuilder("natural_key,supplier_code,recipient_code,kind,item,status,confidence,source,quote,grade\r\n");
        var rows = 10_050;
        for (int i = 0; i < rows; i++) {
            csv.append("bulk:").append(i).append(",PRK,RUS,arms,Bulk item ").append(i).append(",reported,low,Yonhap,")
                .append(i == rows - 1 ? "The last one was a zeppelin." : "Seen at the port.").append(",B2\r\n");
        }
        var told = new ArrayList<Integer>();
        var transfersBefore = count("transfer");

        var outcome = exchange.importPreview(preview(csv.toString()), told::add);

        assertThat(outcome.inserted()).isEqualTo(rows);
        assertThat(told).containsExactly(10_000, rows);
        assertThat(count("transfer")).isEqualTo(transfersBefore + rows);
        assertThat(found("zeppelin")).containsExactly("Bulk item " + (rows - 1));
        var again = exchange.importPreview(preview(csv.toString().replace("zeppelin", "dirigible")), written -> {
        });
        assertThat(again.unchanged()).isEqualTo(rows);
        assertThat(found("dirigible")).containsExactly("Bulk item " + (rows - 1));
        assertThat(found("zeppelin")).isEmpty();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void a_category_removed_after_the_preview_refuses_the_whole_import_in_the_users_terms_and_changes_nothing() {
        // Outside the test's transaction: the import's own transaction must roll back the chunk it already wrote.
        dsl.execute("insert into category (code, scheme, name, kind, sort_order) "
                + "values ('ZZ9', 'military_list', 'Withdrawn test category', 'arms', 999)");
        var csv = new StringBuilder("natural_key,supplier_code,recipient_code,kind,category,item,status,confidence\r\n");
        var rows = 10_005;
        for (int i = 0; i < rows; i++) {
            csv.append("withdrawn:").append(i).append(",PRK,RUS,arms,").append(i == 10_001 ? "ZZ9" : "ML3")
                .append(",Item ").append(i).append(",reported,low\r\n");
        }
        var transfersBefore = count("transfer");
        var auditBefore = count("audit_event");
        var preview = preview(csv.toString());
        assertThat(preview.ready()).isTrue();
        dsl.execute("delete from category where code = 'ZZ9'");

        assertThatThrownBy(() -> exchange.importPreview(preview, written -> {
        })).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).containsExactly("Line 10003: unknown category \"ZZ9\"."));
        assertThat(count("transfer")).isEqualTo(transfersBefore);
        assertThat(count("audit_event")).isEqualTo(auditBefore);
    }

    private List<String> found(String text) {
        return listing.page(TransferFilter.NONE.withText(text), TransferSort.NEWEST, 0, 10)
            .stream()
            .map(TransferRow::item)
            .toList();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_file_or_field_over_the_limits_is_refused_with_the_limit() {
        var huge = new byte[(int) ExchangeService.MAX_FILE_BYTES + 1];
        assertThatThrownBy(() -> exchange.preview("huge.csv", huge, share -> {
        })).hasMessage("The file is larger than 50 MB; split it into smaller files.");
        var longNotes = "natural_key,supplier_code,recipient_code,kind,item,status,confidence,notes\r\n"
                + "k,PRK,RUS,arms,Shells,reported,low," + "x".repeat(10_001) + "\r\n";
        assertThat(preview(longNotes).problems())
            .containsExactly("Line 2: a field (column 8) has more than 10,000 characters.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_file_that_is_not_utf8_is_refused_in_plain_words() {
        var latin1 = "supplier,recipient,kind,item,status,confidence\r\nIran,Russia,arms,Wärtsilä engine,reported,low\r\n";
        assertThatThrownBy(() -> exchange.preview("latin1.csv", latin1.getBytes(StandardCharsets.ISO_8859_1), share -> {
        })).hasMessage("Line 2: the file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_unclosed_quote_is_refused_with_the_line_where_it_starts() {
        var csv = "supplier,recipient,kind,item,status,confidence\r\nIran,Russia,arms,\"Shahed,reported,low\r\n";
        assertThatThrownBy(() -> preview(csv)).hasMessage("Line 2: a quoted field is not closed, or has text after its "
                + "closing quote. Check the quotes that start on this line.");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_may_not_import() {
        assertThatThrownBy(() -> preview("supplier,recipient\r\n")).isInstanceOf(AccessDeniedException.class);
    }

}
