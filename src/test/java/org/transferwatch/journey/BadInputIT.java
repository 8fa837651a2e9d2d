package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.source.SourceSort;
import org.transferwatch.transfer.TransferDraft;

/**
 * Script in every text field an analyst fills, saved through the forms, then read back on every page that
 * shows it: it must appear as the text that was typed, and never run ({@code window.__xss} stays undefined, no
 * element of the payloads appears in the page). Also: a 10 MB paste is cut at the field's limit with a notice
 * that says so, and a URL that is not a web address is refused with a message.
 */
@TestPropertySource(properties = "transferwatch.test.isolated-context=bad-input")
class BadInputIT extends BrowserJourney {

    static final String IMG = "<img src=x onerror=window.__xss=1>";

    static final String SCRIPT = "<script>window.__xss=1</script>";

    static final String SVG = "\"><svg onload=window.__xss=1>";

    static final List<String> PAYLOADS = List.of(IMG, SCRIPT, SVG);

    /** All three payloads, after a word to find the records by. */
    static final String ALL = "xssprobe " + String.join(" ", PAYLOADS);

    private static final Pattern DETAIL_URL = Pattern.compile(".*/transfers/(\\d+)$");

    @Autowired
    SourceService sources;

    private static final Pattern SOURCE_URL = Pattern.compile(".*/sources/(\\d+)$");

    @Test
    void script_in_every_text_field_is_shown_as_text_and_never_runs() {
        // An image element made from the payload would ask the server for "x"; the browser makes no such request
        // for text.
        var imageRequests = new CopyOnWriteArrayList<String>();
        var notFound = new CopyOnWriteArrayList<String>();
        page.onRequest(request -> {
            if (request.url().matches(".*/x([?#].*)?$")) {
                imageRequests.add(request.url());
            }
        });
        page.onResponse(response -> {
            if (response.status() == 404) {
                notFound.add(response.url());
            }
        });
        logIn("analyst");

        // A transfer: every text field of the form.
        page.navigate(url("/transfers/new"));
        pickInComboBox("form-supplier", "DPRK", "North Korea (PRK)");
        pickInComboBox("form-recipient", "Russia", "Russia (RUS)");
        pickInSelect("form-kind", "Arms");
        page.locator("#form-item input").fill(ALL);
        page.locator("#form-designation input").fill(ALL);
        page.locator("#form-quantity-unit input").fill(IMG);
        page.locator("#form-route-notes textarea").fill(ALL);
        page.locator("#form-notes textarea").fill(ALL);
        pickInSelect("form-status", "Delivered");
        pickInSelect("form-confidence", "Moderate");
        page.locator("#form-save").click();
        assertThat(page).hasURL(DETAIL_URL);
        var transfer = DETAIL_URL.matcher(page.url()).replaceFirst("$1");
        assertShownAsText("the transfer's details", List.of(IMG, SCRIPT, SVG));

        // Its evidence: a new source's title and publisher, and the quote.
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^Evidence"))).click();
        page.locator("#evidence-source-choice").getByText("New source", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("#evidence-new-title input").fill(ALL);
        page.locator("#evidence-new-publisher input").fill(ALL);
        page.locator("#evidence-new-url input").fill("https://example.org/xss-probe");
        page.locator("#evidence-quote textarea").fill(ALL);
        pickInSelect("evidence-reliability", "B — Usually reliable");
        pickInSelect("evidence-credibility", "2 — Probably true");
        page.locator("#evidence-add").click();
        assertThat(page.locator("#evidence .evidence-card")).hasCount(1);
        assertShownAsText("the evidence", PAYLOADS);

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History").setExact(true)).click();
        assertShownAsText("the history", PAYLOADS);
        screenshot(page, "bad-input-1-history");

        // A source of its own, with a pasted text: title, publisher, author and text.
        page.navigate(url("/sources/new"));
        page.locator("#source-content textarea").fill(ALL + " North Korea delivered shells to Russia.");
        page.locator("#source-title input").fill(ALL);
        page.locator("#source-publisher input").fill(ALL);
        page.locator("#source-author input").fill(ALL);
        page.locator("#source-add").click();
        assertThat(page).hasURL(SOURCE_URL);
        assertShownAsText("the new source's page", PAYLOADS);

        // Every other page that shows them.
        visitAndCheck("/transfers/" + transfer, "the transfer's page");
        visitAndCheck("/transfers?q=xssprobe", "the transfers list");
        visitAndCheck("/sources?q=xssprobe", "the library");
        visitAndCheck("/", "the dashboard's latest additions");
        visitAndCheck("/pairs/PRK/RUS", "the country pair's page");
        screenshot(page, "bad-input-2-pair");
        // Each source's page, the evidence's source included.
        var sourceIds = as("analyst", Role.ANALYST, () -> sources.page("xssprobe", SourceSort.NEWEST, 0, 10))
            .stream().map(source -> source.id()).toList();
        assertThat(sourceIds).hasSize(2);
        for (var sourceId : sourceIds) {
            page.navigate(url("/sources/" + sourceId));
            assertShownAsText("the page of source " + sourceId, PAYLOADS);
        }

        assertThat(imageRequests).as("requests for the payload's image").isEmpty();
        assertThat(browserErrors).as("errors in the browser (not found: %s)", notFound)
            .noneMatch(error -> error.contains("Content Security Policy") || error.contains("Refused to")
                    || error.contains("__xss"));
    }

    @Test
    void a_ten_megabyte_paste_is_cut_at_the_limit_with_a_notice_and_a_bad_url_is_refused() {
        logIn("analyst");
        page.navigate(url("/transfers/new"));
        var notes = page.locator("#form-notes textarea");
        notes.click();
        // As a paste arrives: inserted text, which the browser cuts at the field's maximum length.
        page.keyboard().insertText("N".repeat(10 * 1024 * 1024));
        page.locator("#form-item input").click();
        assertThat(page.locator("#form-notes")).containsText(TextLimits.notice(TransferDraft.MAX_NOTES));
        assertThat(((Number) notes.evaluate("area => area.value.length")).intValue()).isEqualTo(TransferDraft.MAX_NOTES);
        screenshot(page, "bad-input-3-paste-cut");

        page.navigate(url("/sources/new"));
        page.locator("#source-title input").fill("A report");
        page.locator("#source-url input").fill("javascript:window.__xss=1");
        page.locator("#source-add").click();
        assertThat(page.locator("#source-url")).containsText(
                "The URL must be a web address starting with http:// or https://, such as https://www.example.org/report,"
                        + " without spaces.");
        assertThat(page.evaluate("() => window.__xss")).isNull();
        screenshot(page, "bad-input-4-url-refused");
    }

    private void visitAndCheck(String path, String where) {
        page.navigate(url(path));
        dismissDevelopmentModeNotice(page);
        assertShownAsText(where, List.of(IMG));
    }

    /**
     * The payloads appear on the page as text, no element they describe was created, and none ran (an image's
     * error fires after loading fails, so the check waits a moment).
     */
    private void assertShownAsText(String where, List<String> payloads) {
        for (var payload : payloads) {
            assertThat(page.getByText(payload).first()).isVisible();
        }
        page.waitForTimeout(500);
        assertThat(page.evaluate("() => window.__xss")).as("%s: the script ran", where).isNull();
        assertThat(page.locator("img[src='x'], svg[onload], script:text('window.__xss')").count())
            .as("%s: elements made from the payloads", where).isZero();
    }

    private void pickInComboBox(String id, String typed, String label) {
        page.locator("#" + id + " input").fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
    }

    private void pickInSelect(String id, String label) {
        page.locator("#" + id).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
    }

}
