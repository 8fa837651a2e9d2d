package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.ui.HistoryList;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferSort;

@TransferWatchTest
@Transactional
class TransferDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    TransferService transfers;

    @Autowired
    EvidenceService evidenceService;

    @Autowired
    TransferListService listing;

    @Autowired
    TransferReviewService reviews;

    private long draft(String item) {
        return TestData.as(Role.ANALYST,
                () -> transfers.createDraft(TestData.draft("PRK", "RUS", item)));
    }

    private TransferDetailView open(long id) {
        navigate("transfers/" + id, TransferDetailView.class);
        return (TransferDetailView) getCurrentView();
    }

    private String text(String id) {
        return find(Span.class).id(id).getText();
    }

    private void selectTab(String label) {
        test(find(TabSheet.class).id("transfer-tabs")).select(label);
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void shows_the_evidence_summary_and_the_confidence_side_by_side() {
        open(demoShellsId());
        assertThat(text("transfer-confidence")).isEqualTo("Confidence: Moderate");
        assertThat(text("transfer-evidence")).isEqualTo("Evidence: 1 source, 1 disputing, best B2");
        assertThat(text("transfer-confidence-rule")).isEqualTo("Rule proposes moderate (1 source graded C3 or better, 1 disputing)");
        assertThat(find(Button.class).withId("transfer-edit").exists()).isFalse();
        assertThat(find(Button.class).withId("transfer-publish").exists()).isFalse();
    }

    private long demoShellsId() {
        return TestData.as(Role.VIEWER, () -> listing.page(
                TransferFilter.NONE.withText("shells"),
                TransferSort.NEWEST, 0, 1).getFirst().id());
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void the_evidence_tab_shows_the_quotes_with_their_stance_and_grade_in_words() {
        open(demoShellsId());
        selectTab("Evidence (1)");
        var evidence = find(EvidencePanel.class).id("evidence");
        assertThat(evidence.getElement().getTextRecursively())
            .contains("North Korea is said to have provided millions of infantry artillery shells and rockets")
            .contains("B2 — usually reliable, probably true")
            .contains("Disputes").contains("B4 — usually reliable, doubtful")
            .contains("Yonhap News Agency");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_links_a_new_source_with_a_quote_and_a_grade_picked_from_words() {
        var id = draft("KN-23 missiles");
        open(id);
        selectTab("Evidence (0)");
        var panel = find(EvidencePanel.class).id("evidence");
        test(panel.sourceChoice).selectItem("New source");
        test(panel.newTitle).setValue("Ukraine finds KN-23 debris in Kharkiv");
        test(panel.newPublisher).setValue("Reuters");
        test(panel.newUrl).setValue("https://example.org/kn23-debris");
        test(panel.quote).setValue("Debris of North Korean KN-23 missiles was found in Kharkiv.");
        test(panel.stance).selectItem(Stance.SUPPORTS.label());
        test(panel.reliability).selectItem("B — Usually reliable");
        test(panel.credibility).selectItem("2 — Probably true");
        test(panel.add).click();
        assertThat(transfers.details(id).evidence().label()).isEqualTo("1 source, best B2");
        assertThat(text("transfer-evidence")).isEqualTo("Evidence: 1 source, best B2");
        assertThat(panel.getElement().getTextRecursively()).contains("Debris of North Korean KN-23 missiles was found in Kharkiv.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void evidence_without_a_grade_is_refused_with_a_message() {
        var id = draft("KN-23 missiles");
        open(id);
        selectTab("Evidence (0)");
        var panel = find(EvidencePanel.class).id("evidence");
        test(panel.sourceChoice).selectItem("New source");
        test(panel.newTitle).setValue("A report");
        test(panel.quote).setValue("It happened.");
        test(panel.add).click();
        assertThat(test(find(Notification.class).last()).getText())
            .isEqualTo("Grade the claim: how reliable is the source, and how credible the information?");
        assertThat(evidenceService.evidence(id)).isEmpty();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_confirms_a_suggested_provision_and_sees_its_citation() {
        var id = draft("KN-23 missiles");
        open(id);
        selectTab("Sanctions");
        var suggestions = find(Div.class).id("sanctions-suggested");
        var card = suggestions.getChildren()
            .filter(c -> c.getElement().getTextRecursively().contains("UNSCR 1874 (2009) para 9"))
            .findFirst().orElseThrow();
        var confirm = card.getElement().getTextRecursively();
        assertThat(confirm).contains("paragraph not verified");
        test(find(Button.class, card).withCondition(b -> b.getText().equals("Confirm")).single()).click();
        var confirmed = find(Div.class).id("sanctions-confirmed");
        assertThat(confirmed.getElement().getTextRecursively()).contains("UNSCR 1874 (2009) para 9");
        var links = find(Anchor.class, confirmed).all();
        assertThat(links.getFirst().getHref()).startsWith("sanctions/provisions/");
        assertThat(links).filteredOn(a -> a.getText().equals("official text ↗")).singleElement()
            .satisfies(a -> assertThat(a.getHref()).startsWith("https://undocs.org/"));
    }

    @Test
    @WithDemoUser(Role.REVIEWER)
    void a_reviewer_publishes_a_draft() {
        var id = draft("KN-23 missiles");
        open(id);
        assertThat(text("transfer-review-state")).isEqualTo("Draft");
        test(find(Button.class).id("transfer-publish")).click();
        test(find(Button.class).id("publish-confirm")).click();
        assertThat(text("transfer-review-state")).isEqualTo("Published");
        assertThat(find(Button.class).withId("transfer-retract").exists()).isTrue();
    }

    @Test
    @WithDemoUser(Role.REVIEWER)
    void a_retraction_asks_for_the_reason_and_shows_it() {
        var id = draft("KN-23 missiles");
        TestData.as(Role.REVIEWER, () -> {
            reviews.publish(id, transfers.details(id).transfer().version());
            return null;
        });
        open(id);
        test(find(Button.class).id("transfer-retract")).click();
        var reason = find(TextArea.class).id("retract-reason");
        test(find(Button.class).id("retract-confirm")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give the reason for the retraction.");
        test(reason).setValue("The source withdrew the report.");
        test(find(Button.class).id("retract-confirm")).click();
        assertThat(text("transfer-review-state")).isEqualTo("Retracted");
        assertThat(find(Paragraph.class).id("transfer-retraction").getText())
            .isEqualTo("Retracted: The source withdrew the report.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_history_tab_shows_each_change_as_a_readable_diff() {
        var id = draft("KN-23 missiles");
        transfers.update(id, transfers.details(id).transfer().version(),
                TestData.draft("PRK", "RUS", "KN-24 missiles"));
        open(id);
        selectTab("History");
        var history = find(HistoryList.class).id("history");
        assertThat(history.getElement().getTextRecursively())
            .contains("analyst updated the transfer")
            .contains("Item").contains("KN-23 missiles").contains("KN-24 missiles")
            .contains("analyst created the transfer").contains("Status").contains("Delivered");
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_cannot_open_a_draft() {
        var id = draft("KN-23 missiles");
        navigate("transfers/" + id, TransferListView.class);
        assertThat(test(find(Notification.class).last()).getText())
            .isEqualTo("This transfer does not exist or is not visible to you.");
    }

}
