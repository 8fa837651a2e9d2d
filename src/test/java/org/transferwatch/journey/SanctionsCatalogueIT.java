package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.security.Role;
import org.transferwatch.support.Accounts;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;

/** The sanctions catalogue as staff keep it current: a new provision shows up in a transfer's suggestions. */
class SanctionsCatalogueIT extends BrowserJourney {

    @Autowired
    TransferService transfers;

    @Test
    void an_admin_adds_a_provision_and_sees_it_suggested_on_a_matching_transfer() {
        var transfer = Accounts.as("analyst", Role.ANALYST, () -> transfers.createDraft(new TransferDraft("BLR", "RUS",
                TransferKind.ARMS, null, "KAB glide bombs", null, Quantity.UNKNOWN, null, TransferStatus.REPORTED,
                Period.year(2024), null, null, null, Confidence.LOW)));
        logIn("admin");
        page.navigate(url("/sanctions"));
        page.locator("#new-provision").click();
        assertThat(page.locator(".provision-edit-view .view-title")).hasText("New provision");

        var instrument = page.locator("#provision-instrument input");
        instrument.fill("UNSCR 2397");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("UNSCR 2397 (2017)").setExact(true)).click();
        page.locator("#provision-paragraph input").fill("para 99 (journey)");
        page.locator("#provision-summary-field textarea").fill("States must not procure glide bombs from Belarus.");
        page.locator("#provision-kinds").getByText("Arms", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("#provision-goods-terms textarea").fill("glide bomb");
        var supplier = page.locator("#provision-scope .scope-supplier input");
        supplier.fill("Belarus");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Belarus (BLR)").setExact(true)).click();
        var from = page.locator("#provision-applies-from input");
        from.fill("2020-01-01");
        from.press("Enter");
        screenshot(page, "journey-sanctions-1-new-provision");
        page.locator("#provision-save").click();

        assertThat(page.locator("#provision-title")).hasText("UNSCR 2397 (2017) para 99 (journey)");
        assertThat(page.locator("#provision-fields")).containsText("Belarus → any state");
        assertThat(page.locator("#linked-suggested")).hasText("1 transfer");
        screenshot(page, "journey-sanctions-2-provision");

        page.navigate(url("/transfers/" + transfer));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Sanctions").setExact(true)).click();
        var card = page.locator("#sanctions-suggested .provision-card")
            .filter(new Locator.FilterOptions().setHasText("UNSCR 2397 (2017) para 99 (journey)"));
        assertThat(card).hasCount(1);
        assertThat(card.locator(".provision-reason")).hasText(Pattern.compile(
                "^Why: Exports from Belarus of glide bomb: the provision names these goods; it binds every state;"
                        + " in force throughout the period\\.$"));
        screenshot(page, "journey-sanctions-3-suggested");

        page.navigate(url("/sanctions"));
        page.locator("#provision-search input").fill("glide bombs");
        assertThat(page.locator("#provision-count")).hasText("1 provision");
    }

}
