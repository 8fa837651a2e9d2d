package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class DashboardIT extends BrowserJourney {

    @Test
    void a_viewer_opens_the_dashboard_clicks_a_matrix_cell_and_lands_on_the_filtered_list() {
        logIn("viewer");
        assertThat(page.locator("#figure-total")).containsText("Transfers");
        page.locator("#flow-map canvas").first().waitFor();
        screenshot(page, "dashboard");
        page.locator("#cell-PRK-RUS").click();
        page.waitForURL(Pattern.compile(".*/transfers\\?supplier=PRK&recipient=RUS$"));
        var grid = page.locator("#transfers-grid");
        assertThat(grid).containsText("Infantry artillery shells and rockets");
        assertThat(page.locator("#transfer-count")).hasText("3 transfers");
        assertThat(page.locator("#filter-supplier input")).hasValue("North Korea (PRK)");
        screenshot(page, "dashboard-click-through");
    }

    @Test
    void the_pair_briefing_is_two_clicks_from_the_dashboard_and_downloads_as_a_pdf() {
        logIn("viewer");
        page.locator("a.matrix-pair").first().click();
        page.waitForURL(Pattern.compile(".*/pairs/PRK/RUS$"));
        assertThat(page.locator("#pair-title")).hasText("Briefing: North Korea ⇄ Russia");
        page.locator("#pair-timeline canvas").first().waitFor();
        screenshot(page, "pair");
        // The link is a Vaadin download resource; fetch it with the page's session as the browser would.
        var href = page.locator("#pair-pdf").getAttribute("href");
        var response = context.request().get(url("/" + href));
        Assertions.assertThat(response.status()).isEqualTo(200);
        Assertions.assertThat(response.headers().get("content-type")).startsWith("application/pdf");
        Assertions.assertThat(response.headers().get("content-disposition"))
            .matches(".*briefing-PRK-RUS-\\d{4}-\\d{2}-\\d{2}\\.pdf.*");
        var body = response.body();
        Assertions.assertThat(new String(body, 0, 5, StandardCharsets.US_ASCII))
            .isEqualTo("%PDF-");
        try {
            Files.write(Path.of("target", "screenshots", "briefing.pdf"), body);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
