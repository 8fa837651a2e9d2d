package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The shipment of shells from Rajin to Dunai, as an analyst records it: a new draft transfer, its vessel and
 * shipping company from the party records, the leg between two ports of the gazetteer; then the company's
 * possible match with the UN list's KPe.061 (the same IMO company number) confirmed on its page, the transfer
 * flagged, the route on the pair page and the briefing PDF that lists it. The shipping company is the demo's
 * party record: no other journey decides its matches.
 */
class ShipmentJourneyIT extends BrowserJourney {

    private static final Pattern DETAIL_URL = Pattern.compile(".*/transfers/(\\d+)$");

    private static final String ITEM = "Artillery shells by sea (shipment journey)";

    private static final String COMPANY = "Korea Achim Shipping Co";

    private static final String VESSEL = "Angara";

    private static final Pattern DEMO_SOURCE = Pattern.compile("^Demo: an illustrative shipment record");

    @Test
    void an_analyst_records_a_shipment_whose_shipping_company_is_listed_confirms_the_match_and_finds_the_route_in_the_briefing()
            throws IOException {
        logIn("analyst");

        // (1) A new draft DPRK → Russia, with its vessel and shipping company and the leg Rajin → Dunai.
        page.navigate(url("/transfers"));
        page.locator("#new-transfer").click();
        assertThat(page.locator(".transfer-edit-view .view-title")).hasText("New transfer");
        pickInComboBox("form-supplier", "DPRK", "North Korea (PRK)");
        pickInComboBox("form-recipient", "Russia", "Russia (RUS)");
        pickInSelect("form-kind", "Arms");
        page.locator("#form-item input").fill(ITEM);
        pickInSelect("form-status", "Delivered");
        page.locator("#form-save").click();
        assertThat(page).hasURL(DETAIL_URL);
        var transferPath = "/transfers/" + DETAIL_URL.matcher(page.url()).replaceFirst("$1");
        assertThat(page.locator("#transfer-title")).hasText("North Korea → Russia · " + ITEM);
        assertThat(page.locator("#transfer-review-state")).hasText("Draft");
        assertThat(page.locator("#transfer-designated-banner")).hasCount(0);

        openTab("Parties");
        addParty(VESSEL, "Angara (vessel, RUS)", "Carrier",
                "the Russian-flagged cargo ship Angara loaded containers at Rajin and discharged them at the port of Dunai");
        addParty(COMPANY, COMPANY + " (company, PRK)", "Shipper", "Korea Achim Shipping Co arranged the shipment.");
        var cards = page.locator("#parties-list .party-card");
        assertThat(cards).hasCount(2);
        var company = cards.filter(new Locator.FilterOptions().setHasText(COMPANY));
        assertThat(company.locator(".party-role")).hasText("Shipper");
        assertThat(company.locator(".possible-matches")).hasText(Pattern.compile("^\\d+ possible match(es)? to review$"));
        assertThat(company.locator(".designated-badge")).hasCount(0);
        assertThat(cards.filter(new Locator.FilterOptions().setHasText(VESSEL)).locator(".party-role")).hasText("Carrier");
        screenshot(page, "journey-shipment-1-parties");

        openTab("Shipments");
        page.locator("#shipments-add").click();
        // Vaadin 25 keeps a dialog's content in the dialog element itself, with no separate overlay element.
        var dialog = page.locator("#shipment-dialog");
        assertThat(dialog).containsText("Add a shipment");
        assertThat(page.locator("#shipment-mode")).isVisible();
        pickInSelect("shipment-mode", "Sea");
        pickInSelect("shipment-precision", "Month");
        var start = page.locator("#shipment-start input");
        start.fill("2023-09-01");
        start.press("Enter");
        pickInComboBox("shipment-carrier", VESSEL, "Angara (vessel, RUS)");
        pickInComboBox("shipment-loading", "Rajin", "Rajin (Port, PRK)");
        pickInComboBox("shipment-discharge", "Dunai", "Dunai (Port, RUS)");
        // Exactly 300: at least and at most (one bound alone reads "≥ 300").
        page.locator("#shipment-quantity-low input").fill("300");
        page.locator("#shipment-quantity-high input").fill("300");
        page.locator("#shipment-quantity-unit input").fill("containers");
        screenshot(page, "journey-shipment-2-shipment-form");
        page.locator("#shipment-save").click();
        assertThat(dialog).hasCount(0);
        var leg = page.locator("#shipments-list .shipment-card");
        assertThat(leg).hasCount(1);
        assertThat(leg.locator(".shipment-route")).hasText("Rajin → Dunai");
        assertThat(leg.locator(".shipment-period")).hasText("Sep 2023");
        assertThat(leg.locator(".shipment-parties")).containsText("Carrier: " + VESSEL);
        assertThat(leg.locator(".shipment-parties")).containsText("300 containers");
        screenshot(page, "journey-shipment-3-shipments");

        // (2) The shipping company's page: the possible match with KPe.061, confirmed with a note.
        openTab("Parties");
        company.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(COMPANY).setExact(true)).click();
        assertThat(page.locator("#party-title")).hasText(COMPANY);
        assertThat(page.locator("#party-fields")).containsText("5936312");
        assertThat(page.locator("#party-transfers")).containsText("North Korea → Russia: " + ITEM);
        var match = page.locator("#party-matches .party-match").filter(new Locator.FilterOptions().setHasText("KPe.061"));
        assertThat(match).hasCount(1);
        assertThat(match.locator(".match-designation")).hasText(Pattern.compile("KOREA ACHIM SHIPPING CO", Pattern.CASE_INSENSITIVE));
        assertThat(match).containsText("Possible");
        assertThat(match.locator(".match-basis")).containsText("Identical number");
        assertThat(page.locator("#party-designated")).hasCount(0);
        screenshot(page, "journey-shipment-4-possible-match");
        match.locator(".confirm-match").click();
        var note = "Same IMO company number as the UN list's entry (5936312).";
        page.locator("#match-note textarea").fill(note);
        page.locator("#match-decide").click();
        var confirmed = page.locator("#party-matches .party-match").filter(new Locator.FilterOptions().setHasText("KPe.061"));
        // Playwright hands the pattern to the browser's regular expressions, which have no \Q…\E quoting.
        assertThat(confirmed.locator(".match-decision"))
            .hasText(Pattern.compile("^Confirmed by Demo analyst on \\d{1,2} \\w{3} \\d{4}: Same IMO company number"));
        assertThat(confirmed.locator(".match-decision")).containsText(note);
        assertThat(confirmed.locator(".confirm-match")).hasCount(0);
        assertThat(page.locator("#party-designated")).isVisible();
        screenshot(page, "journey-shipment-5-confirmed");

        // (3) The transfer flagged: the banner on its page and the list filtered by designated parties.
        page.navigate(url(transferPath));
        var banner = page.locator("#transfer-designated-banner");
        assertThat(banner).containsText("Designated party involved: " + COMPANY);
        assertThat(banner).containsText("a shipper of this transfer");
        assertThat(banner).containsText("KPe.061");
        openTab("Parties");
        assertThat(company.locator(".designated-badge")).hasText("Designated party");
        screenshot(page, "journey-shipment-6-flagged");

        page.navigate(url("/transfers?designated=1"));
        assertThat(page.locator("#filter-designated")).hasAttribute("checked", "");
        var flagged = gridRows(page);
        // The Designated party column (11th); the list's last column is "Since last visit".
        assertThat(flagged).isNotEmpty().allSatisfy(row -> assertThat(row.get(10)).isEqualTo("Designated party"));
        assertThat(flagged).anySatisfy(row -> {
            // The first column is the transfer's number.
            assertThat(row.get(2)).isEqualTo(ITEM);
            assertThat(row.get(1)).startsWith("North Korea →");
        });
        screenshot(page, "journey-shipment-7-designated-filter");

        // (4) The route on the pair page: the map, the route list and the shipment with its vessel and ports.
        page.navigate(url("/pairs/PRK/RUS"));
        assertThat(page.locator("#pair-title")).containsText("Briefing:");
        assertThat(page.locator("#pair-routes")).isVisible();
        assertThat(page.locator("#pair-route-list")).containsText("Rajin → Dunai (sea)");
        var shipments = listGridRows(page, "pair-shipments");
        assertThat(shipments).anySatisfy(row -> assertThat(row)
            .containsSubsequence("Sep 2023", "Sea", VESSEL, "Rajin", "—", "Dunai", "300 containers",
                    "PRK → RUS · " + ITEM));
        var parties = listGridRows(page, "pair-parties");
        assertThat(parties).anySatisfy(row -> {
            assertThat(row).startsWith(COMPANY, "Company");
            assertThat(row).contains("Shipper");
            assertThat(row.getLast()).contains("Designated").contains("KPe.061");
        });
        assertThat(page.locator("#pair-designated")).containsText(Pattern.compile("[1-9]"));
        screenshot(page, "journey-shipment-8-pair");

        // (5) The briefing PDF lists the shipment and the designated party.
        var download = page.waitForDownload(() -> page.locator("#pair-pdf").click());
        assertThat(download.suggestedFilename()).matches("briefing-PRK-RUS-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        String text;
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Briefing: North Korea and Russia", "Rajin to Dunai (sea)", COMPANY, "Designated: KPe.061",
                VESSEL, "PRK to RUS: " + ITEM);
        assertThat(text).containsPattern("Sep 2023 Sea " + VESSEL + " Rajin [—-] Dunai 300 containers PRK to RUS: "
                + Pattern.quote(ITEM));
        assertThat(browserErrors).isEmpty();
    }

    /** Adds a party from the party records with its role and the demo source's claim, graded F6. */
    private void addParty(String typed, String label, String role, String quote) {
        page.locator("#parties-add").click();
        assertThat(page.locator("#party-pick")).isVisible();
        pickInComboBox("party-pick", typed, label);
        pickInSelect("party-role", role);
        var source = page.locator("#party-claim-source input");
        source.fill("illustrative");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(DEMO_SOURCE)).click();
        assertThat(source).hasValue(DEMO_SOURCE);
        page.locator("#party-claim-quote textarea").fill(quote);
        pickInSelect("party-claim-reliability", "F — Reliability cannot be judged");
        pickInSelect("party-claim-credibility", "6 — Truth cannot be judged");
        page.locator("#party-save").click();
        assertThat(page.locator("#party-pick")).hasCount(0);
        assertThat(page.locator("#parties-list .party-card").filter(new Locator.FilterOptions().setHasText(typed))
            .locator(".evidence-quote")).containsText(quote);
    }

    private void openTab(String name) {
        var tab = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(true));
        tab.click();
        assertThat(tab).hasAttribute("selected", "");
    }

    /** Types into a Vaadin combo box and picks the option with exactly that label from its overlay. */
    private void pickInComboBox(String id, String typed, String label) {
        var input = page.locator("#" + id + " input");
        input.fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
        assertThat(input).hasValue(label);
    }

    /** Opens a Vaadin select and picks the option with exactly that label. */
    private void pickInSelect(String id, String label) {
        page.locator("#" + id).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
        assertThat(page.locator("#" + id)).containsText(label);
    }

}
