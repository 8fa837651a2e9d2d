package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TestDatabase;

/**
 * From a pasted report to graded draft transfers: an analyst pastes the Yonhap article as a new source,
 * has the assistant read it, reviews and accepts its three proposals, and finds them in the transfers
 * list filtered DPRK → Russia. The library starts empty (no demo data), so the article is new to it.
 * The journey counts the user's interactions from the paste to the three accepted transfers.
 */
@TestPropertySource(properties = "transferwatch.demo.enabled=false")
class IntakeIT extends BrowserJourney {

    @Autowired
    UserService users;

    private int interactions;

    @BeforeEach
    void createTheAnalyst() {
        // Creating accounts is the administrator's (as it is for the demo data loader).
        Accounts.as("admin", Role.ADMIN,
                () -> users.createIfMissing("analyst", "Demo analyst", TestDatabase.demoPassword(), Role.ANALYST));
    }

    private static String article() throws IOException {
        var text = Files.readString(Path.of("src/main/resources/demo/yonhap-russia-dprk-arms-negotiations.txt"),
                StandardCharsets.UTF_8);
        return text.substring(text.indexOf("\n---\n") + 5).strip();
    }

    private void interaction() {
        interactions++;
    }

    @Test
    void an_analyst_pastes_a_report_reads_it_with_the_assistant_and_accepts_three_graded_drafts() throws IOException {
        logIn("analyst");
        page.locator("#main-menu vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Sources"))
            .click();
        page.waitForURL("**/sources");
        page.locator("#add-source").click();
        page.waitForURL("**/sources/new");

        // From here on, every action of the analyst counts.
        page.locator("#source-content textarea").fill(article());
        interaction();
        page.locator("#source-published input").fill("8/30/2023");
        page.locator("#source-published input").press("Enter");
        interaction();
        assertThat(page.locator("#source-title input"))
            .hasValue("A group of Russian officials recently trip to North Korea, indicating a potential arms deal between the two countries…");
        assertThat(page.locator("#source-publisher input")).hasValue("Yonhap News Agency");
        screenshot(page, "add-source");

        page.locator("#source-add-and-read").click();
        interaction();
        page.waitForURL("**/sources/*/intake");
        var cards = page.locator(".proposal-card");
        assertThat(cards).hasCount(3);
        assertThat(cards.nth(0)).containsText("North Korea → Russia");
        assertThat(cards.nth(0)).containsText("Under negotiation");
        assertThat(cards.nth(0)).containsText("munitions");
        assertThat(cards.nth(1)).containsText("Delivered");
        assertThat(cards.nth(1)).containsText("Infantry artillery shells and rockets");
        assertThat(cards.nth(1)).containsText("Q4 2022 (quarter)");
        assertThat(cards.nth(1)).containsText("North Korea has strongly and repeatedly dismissed the accusation.");
        assertThat(cards.nth(2)).containsText("Possible / under consideration");
        assertThat(cards.nth(2)).containsText("raw materials");
        assertThat(page.locator("#intake-text .hl-claim").first()).isVisible();
        assertThat(page.locator("#intake-progress")).hasText("3 to review · 0 accepted · 0 dropped");
        // Let the "Source added" message go before the picture, so that it shows the text.
        assertThat(page.locator("vaadin-notification-card")).hasCount(0, new com.microsoft.playwright.assertions
            .LocatorAssertions.HasCountOptions().setTimeout(10_000));
        screenshot(page, "intake");

        page.locator("#accept-all").click();
        interaction();
        assertThat(page.locator("#intake-progress")).hasText("0 to review · 3 accepted · 0 dropped");
        assertThat(page.locator(".proposal-card.accepted")).hasCount(3);
        screenshot(page, "intake-accepted");
        System.out.println("IntakeIT: " + interactions + " interactions from the paste to three accepted transfers");
        assertThat(interactions).isEqualTo(4);

        page.navigate(url("/transfers?supplier=PRK&recipient=RUS"));
        var grid = page.locator("#transfers-grid");
        assertThat(page.locator("#transfer-count")).hasText("3 transfers");
        assertThat(grid).containsText("Munitions");
        assertThat(grid).containsText("Infantry artillery shells and rockets");
        assertThat(grid).containsText("Raw materials");
        assertThat(grid).containsText("1 source, 1 disputing, best B2");
        assertThat(grid).containsText("Draft");
        screenshot(page, "transfers-prk-rus");

        page.navigate(url("/sources"));
        Locator sources = page.locator("#sources-grid");
        assertThat(sources).containsText("Yonhap News Agency");
        assertThat(sources).containsText("supports 3 · disputes 2");
        screenshot(page, "sources");

        sources.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Yonhap News Agency")).click();
        page.waitForURL("**/sources/*");
        assertThat(page.locator("#source-claims")).containsText("North Korea → Russia · Infantry artillery shells and rockets");
        screenshot(page, "source");
    }

}
