package org.transferwatch.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;

/**
 * Keeping one record per transfer and correcting it, in Chromium: an analyst starts a transfer that is already
 * recorded, is warned before saving and goes to the recorded one instead, then corrects a grade typed wrongly; the
 * published transfer returns to draft and its History names the grades in words with the reason.
 */
class EvidenceJourneyIT extends BrowserJourney {

    private static final String ITEM = "Tungsten ore concentrate (evidence journey)";

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    EvidenceService evidence;

    @Autowired
    DSLContext dsl;

    @Test
    void the_form_warns_of_a_recorded_look_alike_and_a_wrong_grade_is_corrected_with_a_reason() {
        long source = dsl.fetch("select id from source where publisher = 'Yonhap News Agency'")
            .getValues(0, Long.class).getFirst();
        long recorded = as("analyst", Role.ANALYST, () -> {
            long id = transfers.createDraft(new TransferDraft("PRK", "CHN", TransferKind.RAW_MATERIAL, null, ITEM, null,
                    Quantity.UNKNOWN, null, TransferStatus.DELIVERED, Period.year(2021), LocalDate.of(2022, 3, 1), null,
                    null, Confidence.LOW));
            evidence.addClaim(id, new NewClaim(source, "The NSC official noted that North Korea may also seek to "
                    + "provide raw materials for Russia's defense industrial base.", Stance.SUPPORTS,
                    AdmiraltyGrade.parse("A1")));
            return id;
        });
        as("reviewer", Role.REVIEWER, () -> reviews.publish(recorded, transfers.version(recorded).orElseThrow()));
        long claim = dsl.fetch("select id from claim_link where transfer_id = " + recorded).getValues(0, Long.class).getFirst();

        logIn("analyst");
        page.navigate(url("/transfers/new"));
        pickInComboBox("form-supplier", "North Korea", "North Korea (PRK)");
        pickInComboBox("form-recipient", "China", "China (CHN)");
        pickInSelect("form-kind", "Raw material");
        page.locator("#form-item input").fill("Tungsten ore concentrate");
        pickInSelect("form-status", "Delivered");
        page.locator("#form-save").click();
        assertThat(page.locator("#duplicate-" + recorded)).containsText(ITEM);
        screenshot(page, "duplicate-warning");
        page.locator("#duplicate-add-evidence-" + recorded).click();
        page.waitForURL(Pattern.compile(".*/transfers/" + recorded + "\\?tab=evidence$"));
        assertThat(page.locator("#claim-" + claim)).containsText("A1");

        page.locator("#claim-correct-" + claim).click();
        assertThat(page.locator("#claim-change-returns-to-draft")).isVisible();
        pickInSelect("claim-change-reliability", Pattern.compile("^C — .*"));
        pickInSelect("claim-change-credibility", Pattern.compile("^3 — .*"));
        page.locator("#claim-change-reason textarea").fill("Grade typed wrongly: a think-tank summary, not confirmed.");
        screenshot(page, "claim-correction");
        page.locator("#claim-change-confirm").click();
        assertThat(page.locator("#claim-" + claim)).containsText("C3");
        assertThat(page.locator("#transfer-review-state")).hasText("Draft");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History")).click();
        var history = page.locator("vaadin-app-layout main");
        assertThat(history).containsText("Grade typed wrongly: a think-tank summary, not confirmed.");
        assertThat(history).containsText("A1 — completely reliable, confirmed by other sources");
        assertThat(history).containsText("C3 — fairly reliable, possibly true");
    }

    private void pickInComboBox(String id, String typed, String label) {
        var input = page.locator("#" + id + " input");
        input.fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
        assertThat(input).hasValue(label);
    }

    private void pickInSelect(String id, String label) {
        page.locator("#" + id).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
    }

    private void pickInSelect(String id, Pattern label) {
        page.locator("#" + id).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label)).click();
    }

}
