package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.transferwatch.support.TestDatabase;

/**
 * The transfer workflows end to end, as the users click through them. The journeys share one
 * application and database, so each one makes its own data under item names nobody else uses and
 * compares sets of rows rather than counts.
 */
class TransferJourneysIT extends BrowserJourney {

    private static final Pattern DETAIL_URL = Pattern.compile(".*/transfers/(\\d+)$");

    /** The list's columns as the grid shows them by default: number, pair, item, …, evidence, review. */
    private static final int PAIR = 1;

    private static final int ITEM = 2;

    private static final int EVIDENCE = 8;

    private static final int REVIEW = 9;

    private final List<BrowserContext> otherContexts = new ArrayList<>();

    /** Clicks, keystroke sequences, selections and URL visits the journey made, as a user would count them. */
    private int interactions;

    @AfterEach
    void closeOtherContextsAndReport(TestInfo test) {
        otherContexts.forEach(BrowserContext::close);
        System.out.printf("[journey] %s: %d UI interactions%n", test.getDisplayName(), interactions);
    }

    @Test
    void an_analyst_adds_a_transfer_from_a_new_source_confirms_a_suggested_provision_and_finds_it_in_the_list() {
        var item = "KN-23 short-range ballistic missiles";
        var quote = "Debris of North Korean KN-23 missiles was found in Kharkiv.";
        logInAs(page, "analyst");

        click(page.locator("#new-transfer"));
        assertThat(page.locator(".transfer-edit-view .view-title")).hasText("New transfer");
        pickInComboBox(page, "form-supplier", "DPRK", "North Korea (PRK)");
        pickInComboBox(page, "form-recipient", "Russia", "Russia (RUS)");
        pickInSelect(page, "form-kind", "Arms");
        pickInComboBox(page, "form-category", "ML4", Pattern.compile("^ML4 · "));
        fill(page.locator("#form-item input"), item);
        pickInSelect(page, "form-status", "Delivered");
        pickInSelect(page, "form-confidence", "Moderate");
        screenshot(page, "journey-a-1-form-filled");
        saveNewTransfer(page);

        assertThat(page).hasURL(DETAIL_URL);
        assertThat(page.locator("#transfer-title")).hasText("North Korea → Russia · " + item);
        assertThat(page.locator("#transfer-review-state")).hasText("Draft");

        openTab(page, named(Pattern.compile("^Evidence \\(\\d+\\)$")));
        // By its text inside the source choice, so the step reads the same whether the choice is tabs or radio buttons.
        click(page.locator("#evidence-source-choice").getByText("New source", new Locator.GetByTextOptions().setExact(true)));
        assertThat(page.locator("#evidence-new-title")).isVisible();
        fill(page.locator("#evidence-new-title input"), "Ukraine says DPRK missiles hit Kharkiv");
        fill(page.locator("#evidence-new-publisher input"), "Reuters");
        fill(page.locator("#evidence-new-url input"), "https://example.org/kn23-kharkiv");
        fill(page.locator("#evidence-quote textarea"), quote);
        pickInSelect(page, "evidence-reliability", "B — Usually reliable");
        pickInSelect(page, "evidence-credibility", "2 — Probably true");
        click(page.locator("#evidence-add"));
        var card = page.locator("#evidence .evidence-card");
        assertThat(card).hasCount(1);
        assertThat(card).containsText(quote);
        assertThat(card.locator(".grade-badge")).containsText("B2");
        assertThat(card).containsText("Ukraine says DPRK missiles hit Kharkiv");
        assertThat(page.locator("#transfer-evidence")).hasText("Evidence: 1 source, best B2");
        assertThat(page.getByRole(AriaRole.TAB, named("Evidence (1)"))).isVisible();
        screenshot(page, "journey-a-2-evidence");

        openTab(page, named("Sanctions"));
        var suggestion = page.locator("#sanctions-suggested .provision-card")
            .filter(new Locator.FilterOptions().setHasText("UNSCR 1874 (2009) para 9"));
        click(suggestion.locator(".confirm-provision"));
        assertThat(page.locator("#sanctions-confirmed")).containsText("UNSCR 1874 (2009) para 9");
        assertThat(page.locator("#sanctions-suggested")).not().containsText("UNSCR 1874 (2009) para 9");
        screenshot(page, "journey-a-3-sanctions");

        click(page.getByRole(AriaRole.LINK, named("← Transfers")));
        pickInComboBox(page, "filter-supplier", "North Korea", "North Korea (PRK)");
        assertThat(page).hasURL(Pattern.compile(".*[?&]supplier=PRK(&|$).*"));
        var rows = gridRows(page);
        assertThat(rows).allSatisfy(row -> assertThat(row.get(PAIR)).startsWith("North Korea →"));
        var added = rows.stream().filter(row -> row.get(ITEM).equals(item)).toList();
        assertThat(added).hasSize(1);
        assertThat(added.getFirst().get(EVIDENCE)).isEqualTo("1 source, best B2");
        assertThat(added.getFirst().get(REVIEW)).isEqualTo("Draft");
        screenshot(page, "journey-a-4-list");
    }

    @Test
    void a_filter_set_through_the_ui_opened_in_a_fresh_session_by_another_user_shows_the_same_rows() {
        logInAs(page, "analyst");
        pickInComboBox(page, "filter-supplier", "DPRK", "North Korea (PRK)");
        pickInComboBox(page, "filter-recipient", "Russia", "Russia (RUS)");
        assertThat(page).hasURL(Pattern.compile(".*[?&]supplier=PRK(&|$).*"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]recipient=RUS(&|$).*"));
        var link = page.url();
        var items = items(page);
        assertThat(items).contains("Infantry artillery shells and rockets", "Munitions, multiple types");
        screenshot(page, "journey-b-1-analyst-filter");

        var reviewer = newPage();
        visit(reviewer, link);
        reviewer.waitForURL("**/login");
        fill(reviewer.locator("input[name=username]"), "reviewer");
        fill(reviewer.locator("input[name=password]"), TestDatabase.demoPassword());
        press(reviewer.locator("input[name=password]"), "Enter");
        reviewer.waitForSelector("#transfers-grid");
        assertThat(reviewer).hasURL(link);
        assertThat(reviewer.locator("#filter-supplier input")).hasValue("North Korea (PRK)");
        assertThat(reviewer.locator("#filter-recipient input")).hasValue("Russia (RUS)");
        assertThat(items(reviewer)).isEqualTo(items);
        screenshot(reviewer, "journey-b-2-reviewer-same-link");

        visit(reviewer, url("/transfers?supplier=RUS&recipient=PRK"));
        var empty = reviewer.locator("#transfers-empty");
        assertThat(empty).isVisible();
        assertThat(empty).containsText("No transfers match this filter.");
        assertThat(empty.locator("#empty-clear-filter")).hasText("Clear the filter");
        assertThat(reviewer.locator("#transfer-count")).hasText("0 transfers");
        screenshot(reviewer, "journey-b-3-reversed-empty");

        // Either direction adds Russia → North Korea to North Korea → Russia; no journey records the former.
        click(reviewer.locator("#filter-either"));
        assertThat(reviewer).hasURL(Pattern.compile(".*[?&]either=true(&|$).*"));
        assertThat(empty).isHidden();
        assertThat(items(reviewer)).isEqualTo(items);
    }

    @Test
    void a_reviewer_publishes_a_draft_and_a_viewer_then_sees_it_while_a_viewers_attempt_to_edit_fails() {
        var item = "Shahed-136 drones";
        logInAs(page, "analyst");
        click(page.locator("#new-transfer"));
        pickInComboBox(page, "form-supplier", "Iran", "Iran (IRN)");
        pickInComboBox(page, "form-recipient", "Russia", "Russia (RUS)");
        pickInSelect(page, "form-kind", "Arms");
        fill(page.locator("#form-item input"), item);
        pickInSelect(page, "form-status", "Reported / alleged");
        saveNewTransfer(page);
        assertThat(page).hasURL(DETAIL_URL);
        var transferPath = "/transfers/" + DETAIL_URL.matcher(page.url()).replaceFirst("$1");
        assertThat(page.locator("#transfer-review-state")).hasText("Draft");

        var viewer = newPage();
        logInAs(viewer, "viewer");
        assertThat(items(viewer)).contains("Infantry artillery shells and rockets").doesNotContain(item);
        assertThat(viewer.locator("#new-transfer")).hasCount(0);

        var reviewer = newPage();
        logInAs(reviewer, "reviewer");
        click(reviewer.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(item)));
        assertThat(reviewer).hasURL(url(transferPath));
        assertThat(reviewer.locator("#transfer-review-state")).hasText("Draft");
        click(reviewer.locator("#transfer-publish"));
        assertThat(reviewer.locator("#publish-summary")).containsText("visible to viewers and the API");
        click(reviewer.locator("#publish-confirm"));
        assertThat(reviewer.locator("#transfer-review-state")).hasText("Published");
        assertThat(reviewer.locator("#transfer-publish")).hasCount(0);
        assertThat(reviewer.locator("#transfer-retract")).isVisible();
        screenshot(reviewer, "journey-c-1-published");

        reload(viewer);
        assertThat(items(viewer)).contains(item, "Infantry artillery shells and rockets");
        click(viewer.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(item)));
        assertThat(viewer).hasURL(url(transferPath));
        assertThat(viewer.locator("#transfer-title")).hasText("Iran → Russia · " + item);
        assertThat(viewer.locator("#transfer-review-state")).hasText("Published");
        assertThat(viewer.locator("#transfer-edit")).hasCount(0);
        assertThat(viewer.locator("#transfer-publish")).hasCount(0);
        assertThat(viewer.locator("#evidence-link")).hasCount(0);
        screenshot(viewer, "journey-c-2-viewer-detail");

        visit(viewer, url(transferPath + "/edit"));
        // Refused pages look like missing ones, so the app does not reveal what exists.
        assertThat(viewer.locator("#not-found")).containsText("This page is not available");
        assertThat(viewer.locator("#not-found")).containsText("The page does not exist, or your role may not open it.");
        assertThat(viewer.locator("#form-save")).hasCount(0);
        assertThat(viewer.locator("#form-item")).hasCount(0);
        screenshot(viewer, "journey-c-3-viewer-edit-refused");
    }

    private Page newPage() {
        var other = newContext();
        otherContexts.add(other);
        return other.newPage();
    }

    private void logInAs(Page on, String username) {
        interactions += 4; // open the login page, type the user name, type the password, press Enter
        logIn(on, username, TestDatabase.demoPassword());
        // The dashboard is the landing page; the journeys start from the transfers list.
        visit(on, url("/transfers"));
        on.waitForSelector("#transfers-grid");
        assertThat(on.locator("#current-user")).hasText(username);
    }

    /**
     * Saves the new transfer. The journeys share one database: when another journey recorded a look-alike (same
     * direction, overlapping period, similar goods), the duplicate warning comes first and this one saves anyway,
     * as its analyst would; that click is not counted as part of the journey.
     */
    private void saveNewTransfer(Page on) {
        click(on.locator("#form-save"));
        var saveAnyway = on.locator("#duplicate-save-anyway");
        on.waitForCondition(() -> DETAIL_URL.matcher(on.url()).matches() || saveAnyway.isVisible());
        if (!DETAIL_URL.matcher(on.url()).matches()) {
            saveAnyway.click();
        }
    }

    private void click(Locator target) {
        interactions++;
        target.click();
    }

    private void fill(Locator target, String text) {
        interactions++;
        target.fill(text);
    }

    private void press(Locator target, String key) {
        interactions++;
        target.press(key);
    }

    private void visit(Page on, String address) {
        interactions++;
        on.navigate(address);
    }

    private void reload(Page on) {
        interactions++;
        on.reload();
    }

    private void openTab(Page on, Page.GetByRoleOptions name) {
        var tab = on.getByRole(AriaRole.TAB, name);
        click(tab);
        assertThat(tab).hasAttribute("selected", "");
    }

    /** Types into a Vaadin combo box and picks the option with exactly that label from its overlay. */
    private void pickInComboBox(Page on, String id, String typed, String label) {
        var input = on.locator("#" + id + " input");
        fill(input, typed);
        click(on.getByRole(AriaRole.OPTION, named(label)));
        assertThat(input).hasValue(label);
    }

    /** Types into a Vaadin combo box and picks the option whose label matches. */
    private void pickInComboBox(Page on, String id, String typed, Pattern label) {
        var input = on.locator("#" + id + " input");
        fill(input, typed);
        click(on.getByRole(AriaRole.OPTION, named(label)));
        assertThat(input).hasValue(label);
    }

    /** Opens a Vaadin select and picks the option with exactly that label. */
    private void pickInSelect(Page on, String id, String label) {
        click(on.locator("#" + id));
        click(on.getByRole(AriaRole.OPTION, named(label)));
        assertThat(on.locator("#" + id)).containsText(label);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Page.GetByRoleOptions named(Pattern name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static Set<String> items(Page on) {
        var items = new HashSet<String>();
        gridRows(on).forEach(row -> items.add(row.get(ITEM)));
        return items;
    }

}
