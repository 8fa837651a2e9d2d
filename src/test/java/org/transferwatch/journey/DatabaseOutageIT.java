package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.transferwatch.support.DatabaseOutageSimulation;

/**
 * The database goes away while an analyst works in Chromium and comes back: the screen says "Database
 * unavailable, retrying…" (no error dialog, no stack trace) and picks up by itself, no reload, within 30 s.
 */
// The outage cuts off the whole database: on a database of its own, the other journeys never see it.
@TestPropertySource(properties = "transferwatch.test.isolated-context=outage")
class DatabaseOutageIT extends BrowserJourney {

    private static final double RECOVERY_LIMIT_MS = 30_000;

    @Autowired
    DSLContext dsl;

    private String database() {
        return DatabaseOutageSimulation.databaseOf(dsl);
    }

    private Locator notice() {
        return page.locator("#database-unavailable");
    }

    /** Waits for the screen to pick up after the database came back; returns how long that took. */
    private Duration recovery(Locator recovered, Instant reopened) {
        assertThat(recovered).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(RECOVERY_LIMIT_MS));
        var took = Duration.between(reopened, Instant.now());
        assertThat(notice()).isHidden();
        return took;
    }

    @Test
    void the_analyst_sees_the_outage_notice_and_the_screen_picks_up_by_itself_when_the_database_is_back() {
        logIn("analyst");
        page.navigate(url("/transfers"));
        assertThat(page.locator("#transfer-count")).hasText("3 transfers");

        Instant reopened;
        try (var outage = DatabaseOutageSimulation.cut(database())) {
            page.locator("#filter-text input").fill("infantry");
            assertThat(notice()).isVisible();
            assertThat(notice()).containsText("Database unavailable, retrying…");
            assertThat(page.locator("vaadin-dialog-overlay, vaadin-confirm-dialog-overlay")).hasCount(0);
            assertThat(page.locator("body")).not().containsText("Exception");
            screenshot(page, "outage-transfers-list");
            reopened = outage.end();
        }
        var listTook = recovery(page.locator("#transfer-count").getByText("1 transfer", new Locator.GetByTextOptions()
            .setExact(true)), reopened);
        assertThat(page.locator("#transfers-grid")).containsText("Infantry artillery shells and rockets");
        screenshot(page, "outage-transfers-list-recovered");

        try (var outage = DatabaseOutageSimulation.cut(database())) {
            page.locator("#main-menu").getByText("Dashboard").click();
            try {
                assertThat(page.locator("#database-error")).containsText("This page could not be loaded",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(RECOVERY_LIMIT_MS));
                assertThat(notice()).isVisible();
            }
            finally {
                screenshot(page, "outage-page-not-loaded");
            }
            assertThat(page.locator("#figures")).hasCount(0);
            reopened = outage.end();
        }
        var pageTook = recovery(page.locator("#figures"), reopened);
        assertThat(page.locator("#database-error")).hasCount(0);
        screenshot(page, "outage-dashboard-recovered");

        System.out.printf("Outage recovery in Chromium: transfers list %d ms, dashboard %d ms after the database "
                + "accepted connections again%n", listTook.toMillis(), pageTook.toMillis());
        // The page itself raised nothing (a resource the dashboard could not find is not this journey's concern).
        assertThat(browserErrors).noneMatch(error -> error.contains("Exception") || error.contains("Internal error"));
    }

}
