package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

/** The data exchange paths a user takes: export the filtered list, import with a preview, an API token. */
// Imports and exports assert exact rows: a database of its own keeps other journeys' transfers out.
@TestPropertySource(properties = "transferwatch.test.isolated-context=exchange")
class ExchangeIT extends BrowserJourney {

    static final String CSV_WITH_PROBLEMS = """
            natural_key,supplier_code,recipient_code,kind,item,quantity_low,quantity_high,status,confidence,period_start,period_end,period_precision,source,quote,grade\r
            it:1,PRK,RUS,arms,KN-23 short-range ballistic missiles,50,,delivered,moderate,2023-12-01,2024-01-31,month,Reuters,Debris from a KN-23 was found in Kharkiv.,B2\r
            it:2,PRK,RUS,arms,152mm artillery shells,1000000,,delivered,moderate,2023-09-01,2023-12-31,quarter,Yonhap,Shipments continued.,G7\r
            it:3,RUS,RUS,arms,T-72 tanks,,,agreed,low,,,,,,\r
            it:4,IRN,RUS,arms,Shahed-136 drones,6000,,in_delivery,high,2022-08-01,2024-02-29,day,,,\r
            it:5,IRN,ZZZ,arms,Fath-360 missiles,,,reported,low,,,,,,\r
            it:6,BLR,RUS,dual_use,Machine tools,30,20,agreed,low,2024-05-01,2024-01-01,day,,,\r
            """;

    @Test
    void the_analyst_exports_the_filtered_list_as_csv() throws IOException {
        logIn("analyst");
        // Other journeys share this database: the filter names the one demo transfer it exports.
        page.navigate(url("/transfers?supplier=PRK&status=delivered&q=infantry"));
        assertThat(page.locator("#transfer-count")).hasText("1 transfer");
        // dispatchEvent: in development mode Vaadin's notice may cover the link's corner of the header.
        var download = page.waitForDownload(() -> page.locator("#export-csv").dispatchEvent("click"));
        var bytes = Files.readAllBytes(download.path());
        var csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFnatural_key,supplier_code,");
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains("Infantry artillery shells and rockets");
        assertThat(download.suggestedFilename()).matches("transfers-\\d{4}-\\d{2}-\\d{2}\\.csv");
    }

    @Test
    void the_analyst_previews_an_import_with_problems_and_a_sipri_register_with_a_name_to_map() throws IOException {
        logIn("analyst");
        page.navigate(url("/import"));
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("transfers.csv", "text/csv",
                CSV_WITH_PROBLEMS.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-problems")).containsText("Line 3: \"G7\" is not an Admiralty grade");
        assertThat(page.locator("#import-problems")).containsText("Line 4: the supplier and the recipient must differ.");
        assertThat(page.locator("#confirm-import")).isDisabled();
        screenshot(page, "import-preview");

        byte[] sample;
        try (var in = new ClassPathResource("sipri/trade-register-sample.csv").getInputStream()) {
            sample = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                .replace("Belarus,Russia,", "Belarusia,Russia,")
                .getBytes(StandardCharsets.ISO_8859_1);
        }
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("trade-register.csv", "text/csv",
                sample));
        assertThat(page.locator("#import-names")).containsText("Belarusia (24 rows)");
        screenshot(page, "import-sipri-names");
        page.locator("#map-belarusia input").fill("Belarus");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Belarus (BLR)"))
            .click();
        assertThat(page.locator("#confirm-import")).isEnabled();
        page.locator("#confirm-import").click();
        assertThat(page.locator("#import-result")).containsText("30 new, 0 updated, 0 unchanged");
        screenshot(page, "import-done");
    }

    @Test
    void a_viewer_creates_an_api_token_and_reads_the_api_with_it() {
        logIn("viewer");
        page.navigate(url("/account/tokens"));
        page.locator("#token-name input").fill("Weekly briefing script");
        page.locator("#create-token").click();
        var token = page.locator("#new-token input").inputValue();
        assertThat(token).startsWith("tw_");
        assertThat(page.locator("#tokens-grid")).containsText("Weekly briefing script");
        screenshot(page, "api-tokens");

        // The browser's request context carries the session cookie: the API must not take it for a login.
        var api = page.request();
        assertThat(api.get(url("/api/transfers")).status()).isEqualTo(401);
        var response = api.get(url("/api/transfers?supplier=PRK&recipient=RUS"),
                RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.text()).contains("\"items\"").contains("Infantry artillery shells and rockets");
        var refused = api.get(url("/api/transfers"), RequestOptions.create().setHeader("Authorization", "Bearer tw_wrong"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text()).contains("\"error\"");
    }

}
