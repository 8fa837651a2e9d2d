package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;


import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;

/** What a user sees when correcting evidence, deleting a draft, being warned of a duplicate and merging. */
@TransferWatchTest
@Transactional
class EvidenceCorrectionViewTest extends SpringBrowserlessTest {

    @Autowired
    TransferService transfers;

    @Autowired
    EvidenceService evidence;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    SourceService sources;

    private long draftWithClaim(String item) {
        return TestData.as(Role.ANALYST, () -> {
            var id = transfers.createDraft(TestData.draft("IRN", "RUS", item));
            var source = sources.add(new NewSource(SourceKind.NEWS_ARTICLE, item + " report", "Agency", null, null, null,
                    null, null)).source().id();
            evidence.addClaim(id, new NewClaim(source, "Drones arrived.", Stance.SUPPORTS, AdmiraltyGrade.parse("A2")));
            return id;
        });
    }

    private TransferDetailView open(long id) {
        navigate("transfers/" + id, TransferDetailView.class);
        return (TransferDetailView) getCurrentView();
    }

    private EvidencePanel evidenceTab() {
        test(find(TabSheet.class).id("transfer-tabs")).select("Evidence (1)");
        return find(EvidencePanel.class).id("evidence");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_corrects_a_grade_with_a_reason_and_the_header_follows() {
        var id = draftWithClaim("Viewcorrect drones");
        open(id);
        var panel = evidenceTab();
        var claimId = TestData.as(Role.ANALYST, () -> evidence.claims(id)).getFirst().id();
        test(find(Button.class).id("claim-correct-" + claimId)).click();
        roundTrip();
        var dialog = panel.changeDialog;
        assertThat(dialog).isNotNull();
        test(dialog.fields.reliability).selectItem("B — Usually reliable");
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).as("no reason: refused, the dialog stays").isTrue();
        test(dialog.reason).setValue("A2 was a typo for B2.");
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(Span.class).id("transfer-evidence").getText()).isEqualTo("Evidence: 1 source, best B2");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_is_told_that_correcting_a_published_transfer_returns_it_to_draft() {
        var id = draftWithClaim("Viewpublished drones");
        TestData.as(Role.REVIEWER, () -> {
            reviews.publish(id, transfers.version(id).orElseThrow());
            return null;
        });
        open(id);
        var panel = evidenceTab();
        var claimId = TestData.as(Role.ANALYST, () -> evidence.claims(id)).getFirst().id();
        test(find(Button.class).id("claim-remove-" + claimId)).click();
        assertThat(find(Paragraph.class).id("claim-change-returns-to-draft").getText())
            .contains("returns it to draft");
        test(panel.changeDialog.reason).setValue("Wrong article.");
        test(panel.changeDialog.confirm).click();
        assertThat(find(Span.class).id("transfer-review-state").getText()).isEqualTo(ReviewState.DRAFT.label());
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void deleting_a_draft_asks_first_naming_the_transfer() {
        var id = draftWithClaim("Viewdelete drones");
        open(id);
        test(find(Button.class).id("transfer-delete")).click();
        assertThat(find(Paragraph.class).id("delete-text").getText())
            .contains("#" + id + " Iran → Russia · Viewdelete drones");
        test(find(Button.class).id("delete-confirm")).click();
        assertThat(getCurrentView()).isInstanceOf(TransferListView.class);
        assertThat(TestData.as(Role.ANALYST, () -> transfers.version(id))).isEmpty();
    }

    @Test
    @WithDemoUser(Role.REVIEWER)
    void a_reviewer_merges_into_a_transfer_by_number_and_the_merged_page_leads_there() {
        var kept = draftWithClaim("Viewkept drones");
        var merged = draftWithClaim("Viewmerged drones");
        open(merged);
        test(find(Button.class).id("transfer-merge")).click();
        test(find(IntegerField.class).id("merge-survivor")).setValue((int) kept);
        test(find(Button.class).id("merge-confirm")).click();
        assertThat(((TransferDetailView) getCurrentView()).getPageTitle()).contains("Viewkept drones");
        open(merged);
        assertThat(((TransferDetailView) getCurrentView()).getPageTitle()).as("forwarded to the one kept")
            .contains("Viewkept drones");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_form_warns_of_a_possible_duplicate_before_saving_and_saves_anyway_on_request() {
        TestData.as(Role.ANALYST, () -> transfers.createDraft(new TransferDraft("ERI", "SDN", TransferKind.ARMS, "ML10",
                "Viewduplicate Mohajer-6 drones", null, Quantity.UNKNOWN, null, TransferStatus.REPORTED, Period.year(2024),
                null, null, null, Confidence.LOW)));
        var view = navigate(TransferEditView.class);
        var form = view.form();
        test(form.supplier).setFilter("Eritrea");
        test(form.supplier).selectItem("Eritrea (ERI)");
        test(form.recipient).setFilter("Sudan");
        test(form.recipient).selectItem("Sudan (SDN)");
        form.kind.setValue(TransferKind.ARMS);
        test(form.item).setValue("Viewduplicate Mohajer-6 drones");
        form.status.setValue(TransferStatus.REPORTED);
        test(form.save).click();
        roundTrip();
        var dialog = view.duplicateDialog();
        assertThat(dialog).isNotNull();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).startsWith("This looks like #");
        assertThat(getCurrentView()).as("nothing saved yet").isInstanceOf(TransferEditView.class);
        test(dialog.saveAnyway).click();
        assertThat(getCurrentView()).isInstanceOf(TransferDetailView.class);
    }

}
