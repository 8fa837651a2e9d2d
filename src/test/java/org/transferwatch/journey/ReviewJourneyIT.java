package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestDatabase;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;

/**
 * The review that talks back, in Chromium: an analyst submits a draft, the reviewer finds it in the queue and sends
 * it back with a comment, the analyst reads the comment, corrects nothing and submits again, and the reviewer
 * publishes it after a confirmation that names what becomes visible.
 */
class ReviewJourneyIT extends BrowserJourney {

    @Autowired
    TransferService transfers;

    @Autowired
    EvidenceService evidence;

    @Autowired
    DSLContext dsl;

    @Test
    void a_draft_goes_to_the_queue_comes_back_with_a_comment_and_is_published_after_a_confirmation() {
        long source = dsl.fetch("select id from source where publisher = 'Yonhap News Agency'")
            .getValues(0, Long.class).getFirst();
        long draft = as("analyst", Role.ANALYST, () -> {
            long id = transfers.createDraft(new TransferDraft("PRK", "RUS", TransferKind.ARMS, "ML4",
                    "Rockets for multiple launchers (review journey)", null, Quantity.UNKNOWN, null,
                    TransferStatus.DELIVERED, Period.quarter(2022, 4), LocalDate.of(2023, 8, 30), null, null,
                    Confidence.LOW));
            evidence.addClaim(id, new NewClaim(source, "North Korea is said to have provided millions of infantry "
                    + "artillery shells and rockets to Russia late last year.", Stance.SUPPORTS, AdmiraltyGrade.parse("B3")));
            return id;
        });

        logIn("analyst");
        page.navigate(url("/transfers/" + draft));
        page.locator("#transfer-submit").click();
        assertThat(page.locator("#transfer-review-request")).containsText("Waiting for review: submitted by Demo analyst");

        var reviewerContext = newContext();
        var reviewer = reviewerContext.newPage();
        try {
            logIn(reviewer, "reviewer", TestDatabase.demoPassword());
            reviewer.waitForSelector("#main-menu");
            dismissDevelopmentModeNotice(reviewer);
            reviewer.navigate(url("/review"));
            assertThat(reviewer.locator("#review-queue")).containsText("Rockets for multiple launchers (review journey)");
            screenshot(reviewer, "review-queue");
            reviewer.navigate(url("/transfers/" + draft));
            reviewer.locator("#transfer-send-back").click();
            reviewer.locator("#send-back-comment textarea").fill("Which source says they were delivered? Add it.");
            reviewer.locator("#send-back-confirm").click();
            assertThat(reviewer.locator("#transfer-review-request"))
                .containsText("Returned to you: Which source says they were delivered? Add it.");

            page.navigate(url("/my-drafts"));
            assertThat(page.locator("vaadin-app-layout main"))
                .containsText("Returned to you: Which source says they were delivered? Add it.");
            screenshot(page, "my-drafts");
            page.navigate(url("/transfers/" + draft));
            assertThat(page.locator("#transfer-review-request")).containsText("(Demo reviewer, ");
            page.locator("#transfer-submit").click();
            assertThat(page.locator("#transfer-review-request")).containsText("Waiting for review");

            reviewer.navigate(url("/transfers/" + draft));
            reviewer.locator("#transfer-publish").click();
            assertThat(reviewer.locator("#publish-summary")).containsText("visible to viewers");
            screenshot(reviewer, "publish-confirmation");
            reviewer.locator("#publish-confirm").click();
            assertThat(reviewer.locator("#transfer-review-state")).hasText("Published");
            reviewer.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Comments")).click();
            assertThat(reviewer.locator("#comment-list")).containsText("Which source says they were delivered? Add it.");
        }
        finally {
            reviewerContext.close();
        }
    }

}
