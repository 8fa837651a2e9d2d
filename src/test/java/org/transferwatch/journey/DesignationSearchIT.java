package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** A viewer looks a designated entity up the way sanctions staff type it and opens its page. */
class DesignationSearchIT extends BrowserJourney {

    @Test
    void a_viewer_finds_the_korea_mining_development_trading_corporation_by_typing_korea_mining_dev() {
        logIn("viewer");
        page.navigate(url("/designations"));
        assertThat(page.locator("#designation-count")).hasText("875 designations");
        page.locator("#designations-search input").fill("korea mining dev");
        var firstRow = page.locator("#designations-grid vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("KOREA MINING DEVELOPMENT TRADING CORPORATION")).first();
        assertThat(firstRow).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/designations\\?q=korea%20mining%20dev$"));
        screenshot(page, "designations-search");
        firstRow.click();
        assertThat(page.locator("#designation-title")).hasText("KOREA MINING DEVELOPMENT TRADING CORPORATION");
        assertThat(page.locator("#designation-fields")).containsText("KPe.001 (UN list)");
        assertThat(page.locator("#designation-names")).containsText("\"KOMID\"");
        assertThat(page.locator("#designation-provisions")).containsText("UNSCR 1718 (2006)");
        screenshot(page, "designation-page");
        assertThat(browserErrors).noneMatch(error -> error.contains("Exception") || error.contains("Internal error"));
    }

}
