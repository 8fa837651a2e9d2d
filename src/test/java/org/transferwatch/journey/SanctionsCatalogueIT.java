package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sanctions catalogue as staff keep it current: a new provision shows up in a transfer's suggestions. */
class SanctionsCatalogueIT extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    /**
     * The demo's North Korean shells to Russia (Q4 2022). Read from the table: the journeys' application may run
     * under another test context's security, so the test calls no secured service itself.
     */
    private long demoShells() {
        return dsl.fetchSingle("select id from transfer where natural_key = 'demo:yonhap-2023-08-30:shells-and-rockets'")
            .get(0, Long.class);
    }

    @Test
    void an_admin_adds_a_provision_and_sees_it_suggested_on_a_matching_transfer() {
        var transfer = demoShells();
        logIn("admin");
        page.navigate(url("/sanctions"));
        page.locator("#new-provision").click();
        assertThat(page.locator(".provision-edit-view .view-title")).hasText("New provision");

        var instrument = page.locator("#provision-instrument input");
        instrument.fill("UNSCR 2397");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("UNSCR 2397 (2017)").setExact(true)).click();
        page.locator("#provision-paragraph input").fill("para 99 (journey)");
        page.locator("#provision-summary-field textarea").fill("States must not procure artillery shells from the DPRK.");
        page.locator("#provision-kinds").getByText("Arms", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("#provision-goods-terms textarea").fill("artillery shells");
        var supplier = page.locator("#provision-scope .scope-supplier input");
        supplier.fill("DPRK");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("North Korea (PRK)").setExact(true)).click();
        var from = page.locator("#provision-applies-from input");
        from.fill("2020-01-01");
        from.press("Enter");
        screenshot(page, "journey-sanctions-1-new-provision");
        page.locator("#provision-save").click();

        assertThat(page.locator("#provision-title")).hasText("UNSCR 2397 (2017) para 99 (journey)");
        assertThat(page.locator("#provision-fields")).containsText("North Korea → any state");
        // Other journeys may add shells of their own: the demo's at least.
        assertThat(page.locator("#linked-suggested")).hasText(Pattern.compile("^([1-9][0-9,]*) transfers?$"));
        screenshot(page, "journey-sanctions-2-provision");

        page.navigate(url("/transfers/" + transfer));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Sanctions").setExact(true)).click();
        var card = page.locator("#sanctions-suggested .provision-card")
            .filter(new Locator.FilterOptions().setHasText("UNSCR 2397 (2017) para 99 (journey)"));
        assertThat(card).hasCount(1);
        assertThat(card.locator(".provision-reason")).hasText(Pattern.compile(
                "^Why: Exports from North Korea of artillery shells: the provision names these goods; it binds every"
                        + " state; in force throughout the period\\.$"));
        screenshot(page, "journey-sanctions-3-suggested");

        page.navigate(url("/sanctions"));
        page.locator("#provision-search input").fill("procure artillery shells");
        assertThat(page.locator("#provision-count")).hasText("1 provision");
    }

}
