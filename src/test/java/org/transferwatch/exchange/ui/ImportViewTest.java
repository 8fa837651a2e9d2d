package org.transferwatch.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.exchange.ExchangeService;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class ImportViewTest extends SpringBrowserlessTest {

    static final String CSV_WITH_PROBLEMS = """
            natural_key,supplier_code,recipient_code,kind,item,status,confidence,period_start,period_end,period_precision,source,quote,grade\r
            ui:1,PRK,RUS,arms,Shells,delivered,moderate,2024-01-01,2024-03-31,quarter,,,\r
            ui:2,PRK,RUS,arms,Rockets,delivered,moderate,,,,Yonhap,Quoted sentence.,G7\r
            ui:3,RUS,RUS,arms,Tanks,agreed,low,,,,,,\r
            ui:4,PRK,ZZZ,arms,Shells,delivered,moderate,2024-05-01,2024-01-01,day,,,\r
            """;

    static final String VALID_CSV = """
            natural_key,supplier_code,recipient_code,kind,item,status,confidence\r
            ui:1,PRK,RUS,arms,KN-23 missiles,delivered,moderate\r
            ui:2,IRN,RUS,arms,Shahed-136 drones,in_delivery,high\r
            """;

    @Autowired
    DSLContext dsl;

    private int transfers() {
        return dsl.fetchCount(dsl.selectFrom("transfer"));
    }

    private ImportView open() {
        var view = navigate(ImportView.class);
        view.setExecutor(Runnable::run);
        return view;
    }

    private void upload(String name, byte[] content) {
        test(find(Upload.class).id("import-upload")).upload(name, "text/csv", content);
    }

    private String text(String id) {
        return find(Div.class).id(id).getElement().getTextRecursively();
    }

    private Button confirm() {
        return find(Button.class).id("confirm-import");
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid() {
        return find(Grid.class).id("import-preview");
    }

    @Test
    void every_problem_is_shown_with_its_line_number_and_nothing_is_written() {
        var before = transfers();
        open();
        upload("problems.csv", CSV_WITH_PROBLEMS.getBytes(StandardCharsets.UTF_8));

        assertThat(find(Span.class).id("import-summary").getText())
            .isEqualTo("problems.csv — TransferWatch CSV: 4 rows, 3 rows with problems.");
        assertThat(text("import-problems")).contains("4 problems — fix the file and upload it again",
                "Line 3: \"G7\" is not an Admiralty grade (a letter A-F and a digit 1-6, e.g. B2).",
                "Line 4: the supplier and the recipient must differ.",
                "Line 5: unknown state \"ZZZ\" as recipient.",
                "Line 5: the period ends before it starts (2024-05-01 to 2024-01-01).");
        assertThat(test(grid()).size()).isEqualTo(4);
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("check"))).isEqualTo("OK");
        assertThat(test(grid()).getCellText(2, test(grid()).getColumnPosition("check")))
            .isEqualTo("the supplier and the recipient must differ.");
        assertThat(confirm().isEnabled()).isFalse();
        assertThat(transfers()).isEqualTo(before);
    }

    @Test
    void the_summary_counts_the_party_roles_and_shipments_the_file_gives() {
        open();
        upload("parts.csv", ("natural_key,supplier_code,recipient_code,kind,item,status,confidence,source,quote,grade,"
                + "parties,first_shipment\r\n"
                + "ui:parts,PRK,RUS,arms,Shells,delivered,moderate,Yonhap,Shipped.,B2,"
                + "\"Angara (carrier, vessel); Korea Achim Shipping Co (shipper, company)\",2023-09-07 sea from Rajin to Dunai\r\n")
            .getBytes(StandardCharsets.UTF_8));

        assertThat(find(Span.class).id("import-summary").getText())
            .isEqualTo("parts.csv — TransferWatch CSV: 1 row giving 2 party roles and 1 shipment, no problems.");
    }

    @Test
    void a_valid_file_is_previewed_and_written_only_when_the_user_confirms() {
        var before = transfers();
        open();
        upload("two.csv", VALID_CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(find(Span.class).id("import-summary").getText())
            .isEqualTo("two.csv — TransferWatch CSV: 2 rows, no problems.");
        assertThat(find(Div.class).withId("import-problems").exists()).isFalse();
        assertThat(confirm().getText()).isEqualTo("Import 2 transfers");
        assertThat(confirm().isEnabled()).isTrue();
        assertThat(transfers()).isEqualTo(before);

        test(confirm()).click();

        assertThat(transfers()).isEqualTo(before + 2);
        assertThat(text("import-result")).isEqualTo("Imported two.csv: 2 new, 0 updated, 0 unchanged.See the drafts");
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("entity_type = 'import'"))).isEqualTo(1);
    }

    @Test
    void sipri_names_nobody_mapped_are_listed_with_their_rows_and_mapping_them_allows_the_import() throws IOException {
        byte[] sample;
        try (var in = new ClassPathResource("sipri/trade-register-sample.csv").getInputStream()) {
            sample = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).replace("Belarus,Russia,", "Belarusia,Russia,")
                .getBytes(StandardCharsets.ISO_8859_1);
        }
        var before = transfers();
        open();
        upload("trade-register.csv", sample);

        assertThat(find(Span.class).id("import-summary").getText()).isEqualTo("trade-register.csv — SIPRI Trade Register: "
                + "30 rows, no problems, 1 state name to map. Source: SIPRI Arms Transfers Database, data generated "
                + "13 Mar 2025.");
        assertThat(text("import-names")).contains("State names to map", "Belarusia (24 rows)");
        assertThat(confirm().isEnabled()).isFalse();

        var field = find(CountryField.class).id("map-belarusia");
        test(field).setFilter("Belarus");
        test(field).selectItem("Belarus (BLR)");

        assertThat(confirm().isEnabled()).isTrue();
        test(confirm()).click();
        assertThat(transfers()).isEqualTo(before + 30);
        assertThat(dsl.fetchCount(dsl.selectFrom("transfer").where("supplier_code = 'RUS' and recipient_code = 'BLR'")))
            .isEqualTo(24);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_the_limit() {
        open();
        upload("huge.csv", new byte[(int) ExchangeService.MAX_FILE_BYTES + 1]);
        assertThat(text("import-result")).contains("The file was not imported",
                "The file is larger than 50 MB; split it into smaller files.");
    }

    @Test
    void a_file_that_cannot_be_read_says_why() {
        open();
        upload("notes.txt", "just some notes\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text("import-result")).contains("Line 1: unknown column \"just some notes\".");
    }

}
