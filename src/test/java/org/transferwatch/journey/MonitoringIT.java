package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.monitoring.NotificationMatcher;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.transfer.TransferService;

/**
 * An analyst watches North Korea → Russia; a reviewer publishes a new transfer of that pair and then retracts it
 * with a reason; the analyst's bell and inbox tell of both.
 */
class MonitoringIT extends BrowserJourney {

    @Autowired
    TransferService transfers;

    @Autowired
    NotificationMatcher matcher;

    private BrowserContext reviewerContext;

    @AfterEach
    void closeReviewer() {
        if (reviewerContext != null) {
            reviewerContext.close();
        }
    }

    @Test
    void an_analyst_watching_a_pair_is_told_of_a_publication_and_its_retraction() {
        logIn("analyst");
        page.navigate(url("/pairs/PRK/RUS"));
        page.locator("#watch-button").click();
        assertThat(page.locator("#watch-button")).hasAttribute("aria-pressed", "true");

        var id = as("analyst", Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", "Watched KN-23 missiles")));
        reviewerContext = newContext();
        var reviewer = reviewerContext.newPage();
        logIn(reviewer, "reviewer", org.transferwatch.support.TestDatabase.demoPassword());
        reviewer.waitForSelector("#main-menu");
        dismissDevelopmentModeNotice(reviewer);
        reviewer.navigate(url("/transfers/" + id));
        reviewer.locator("#transfer-publish").click();
        reviewer.locator("#publish-confirm").click();
        assertThat(reviewer.locator("#transfer-review-state")).hasText("Published");
        matcher.matchPending();

        page.navigate(url("/inbox"));
        assertThat(page.locator("#bell-inbox-count")).hasText("1");
        assertThat(page.locator(".inbox-sentence").first()).hasText("Published by Demo reviewer");
        screenshot(page, "monitoring-1-published");

        reviewer.locator("#transfer-retract").click();
        reviewer.locator("#retract-reason textarea").fill("the source withdrew the report");
        reviewer.locator("#retract-confirm").click();
        assertThat(reviewer.locator("#transfer-review-state")).hasText("Retracted");
        matcher.matchPending();

        page.reload();
        assertThat(page.locator("#bell-inbox-count")).hasText("2");
        assertThat(page.locator(".inbox-sentence").first())
            .hasText("Retracted by Demo reviewer: the source withdrew the report");
        page.locator("#inbox-mark-all-read").click();
        assertThat(page.locator("#bell-inbox-count")).hasCount(0);
        screenshot(page, "monitoring-2-retracted-read");

        // The journey leaves the demo analyst watching nothing, for the journeys after it.
        page.navigate(url("/watching"));
        page.getByText("Delete").click();
        assertThat(page.locator("#watch-list")).containsText("You watch nothing yet.");
    }

}
