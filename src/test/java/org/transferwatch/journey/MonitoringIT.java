package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.BrowserContext;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.transferwatch.monitoring.MailDelivery;
import org.transferwatch.monitoring.NotificationMatcher;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.transfer.TransferService;

/**
 * An analyst watches North Korea → Russia, mailed immediately; a reviewer publishes a new transfer of that pair and
 * then retracts it with a reason; the analyst's bell and inbox tell of both, and the mail server received both
 * messages.
 */
class MonitoringIT extends BrowserJourney {

    /** A real SMTP server in the JVM, which this journey's application is configured to send through. */
    private static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    MailDelivery mail;

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
    void an_analyst_watching_a_pair_is_told_of_a_publication_and_its_retraction() throws MessagingException {
        logIn("analyst");
        // A visit of the pair's transfers before anything happens: the next visit marks what is new since.
        page.navigate(url("/transfers?supplier=PRK&recipient=RUS"));
        gridRows(page);
        page.navigate(url("/pairs/PRK/RUS"));
        page.locator("#watch-button").click();
        assertThat(page.locator("#watch-button")).hasAttribute("aria-pressed", "true");
        page.navigate(url("/watching"));
        assertThat(page.locator("#watching-no-mail")).hasCount(0);
        page.locator("#watching-mail-address input").fill("analyst@example.org");
        page.locator("#watching-save-address").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Mail goes to analyst@example.org.");
        page.locator(".watch-card vaadin-select").click();
        page.locator("vaadin-select-item").getByText("Immediately").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("E-mail: Immediately.");

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

        page.navigate(url("/transfers?supplier=PRK&recipient=RUS"));
        var published = gridRows(page).stream().filter(row -> row.contains("Watched KN-23 missiles")).toList();
        Assertions.assertThat(published).singleElement().satisfies(row -> Assertions.assertThat(row.getLast()).isEqualTo("New"));
        screenshot(page, "monitoring-0-list-marks-new");

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
        mail.mailImmediate();
        var received = smtp.getReceivedMessages();
        Assertions.assertThat(subjects(received)).satisfiesExactly(
                subject -> Assertions.assertThat(subject).startsWith("TransferWatch · ").endsWith(": Published by Demo reviewer"),
                subject -> Assertions.assertThat(subject).startsWith("TransferWatch · ")
                    .endsWith(": Retracted by Demo reviewer: the source withdrew the report"));
        Assertions.assertThat(GreenMailUtil.getBody(received[1])).contains("Watched KN-23 missiles", "/transfers/" + id);
        Assertions.assertThat(GreenMailUtil.getAddressList(received[1].getAllRecipients())).isEqualTo("analyst@example.org");

        page.locator("#inbox-mark-all-read").click();
        assertThat(page.locator("#bell-inbox-count")).hasCount(0);
        screenshot(page, "monitoring-2-retracted-read");

        // The journey leaves the demo analyst watching nothing, for the journeys after it.
        page.navigate(url("/watching"));
        page.getByText("Delete").click();
        assertThat(page.locator("#watch-list")).containsText("You watch nothing yet.");
        page.locator("#watching-mail-address input").fill("");
        page.locator("#watching-save-address").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Nothing will be mailed to you.");
    }

    private static String[] subjects(Message[] messages) {
        return Arrays.stream(messages).map(message -> {
            try {
                return message.getSubject();
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(String[]::new);
    }

}
