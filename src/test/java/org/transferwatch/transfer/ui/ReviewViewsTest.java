package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.QueuedTransfer;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferSort;

@TransferWatchTest
@Transactional
class ReviewViewsTest extends SpringBrowserlessTest {

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    TransferListService listing;

    /** A draft of the demo analyst, submitted for review by them. */
    private long submittedDraft(String item) {
        return TestData.as(Role.ANALYST, () -> {
            var id = transfers.createDraft(TestData.draft("IRN", "RUS", item));
            reviews.submit(id);
            return id;
        });
    }

    private void sendBack(long id, String comment) {
        TestData.as(Role.REVIEWER, () -> {
            reviews.sendBack(id, comment);
            return null;
        });
    }

    private void open(long id) {
        navigate("transfers/" + id, TransferDetailView.class);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private String reviewState() {
        return find(Span.class).id("transfer-review-state").getText();
    }

    @Test
    @WithDemoUser(Role.REVIEWER)
    void the_review_queue_lists_a_submitted_draft_with_its_number_and_who_submitted_it() {
        var id = submittedDraft("Shahed-136 drones");
        navigate("review", ReviewQueueView.class);
        @SuppressWarnings("unchecked")
        Grid<QueuedTransfer> grid = find(Grid.class).id("review-queue");
        var rows = test(grid);
        var row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getCellText(i, 0).equals("#" + id)) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(rows.getCellText(row, 1)).isEqualTo("Iran → Russia");
        assertThat(rows.getCellText(row, 2)).isEqualTo("Shahed-136 drones");
        assertThat(rows.getCellText(row, 3)).isEqualTo("Demo analyst");
        assertThat(find(Span.class).id("menu-count-review").getText()).isEqualTo(Integer.toString(rows.size()));
    }

    @Test
    @WithDemoUser(Role.REVIEWER)
    void publishing_asks_for_confirmation_and_names_what_becomes_visible() {
        var id = submittedDraft("Shahed-136 drones");
        open(id);
        click("transfer-publish");
        assertThat(find(Paragraph.class).id("publish-summary").getText()).isEqualTo("Publishing makes #" + id
                + " Iran → Russia · Shahed-136 drones visible to viewers and the API, with its 0 claims and 0 sanctions links.");
        click("publish-cancel");
        assertThat(reviewState()).isEqualTo("Draft");
        click("transfer-publish");
        click("publish-confirm");
        assertThat(reviewState()).isEqualTo("Published");
        assertThat(find(Button.class).withId("transfer-send-back").exists()).isFalse();
    }

    @Test
    @WithDemoUser(Role.REVIEWER)
    void sending_back_asks_for_a_comment_and_takes_the_draft_out_of_the_queue() {
        var id = submittedDraft("Shahed-136 drones");
        open(id);
        assertThat(find(Paragraph.class).id("transfer-review-request").getText())
            .startsWith("Waiting for review: submitted by Demo analyst, ");
        click("transfer-send-back");
        var comment = find(TextArea.class).id("send-back-comment");
        click("send-back-confirm");
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Say what should change before this transfer can be published.");
        test(comment).setValue("Add the Reuters report on the Alabuga plant.");
        click("send-back-confirm");
        assertThat(find(Paragraph.class).id("transfer-review-request").getText())
            .startsWith("Returned to you: Add the Reuters report on the Alabuga plant. (Demo reviewer, ");
        assertThat(find(Button.class).withId("transfer-send-back").exists()).isFalse();
        assertThat(reviewState()).isEqualTo("Draft");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_analyst_sees_a_returned_draft_on_the_transfer_in_their_drafts_and_in_the_menu() {
        var id = submittedDraft("Shahed-136 drones");
        sendBack(id, "Add the Reuters report on the Alabuga plant.");
        open(id);
        assertThat(find(Paragraph.class).id("transfer-review-request").getText())
            .startsWith("Returned to you: Add the Reuters report on the Alabuga plant.");
        assertThat(find(Button.class).id("transfer-submit").getText()).isEqualTo("Submit again");
        assertThat(find(Span.class).id("menu-count-my-drafts").getText()).isEqualTo("1");

        navigate("my-drafts", OwnQueueView.class);
        assertThat(find(Div.class).id("own-returned").getElement().getTextRecursively())
            .contains("#" + id + " Iran → Russia · Shahed-136 drones")
            .contains("Returned to you: Add the Reuters report on the Alabuga plant. (Demo reviewer, ");
        assertThat(find(Div.class).id("own-submitted").getElement().getTextRecursively())
            .doesNotContain("Shahed-136 drones");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_submits_a_draft_and_it_waits_for_review() {
        var id = TestData.as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("IRN", "RUS", "Shahed-136 drones")));
        open(id);
        click("transfer-submit");
        assertThat(find(Paragraph.class).id("transfer-review-request").getText())
            .startsWith("Waiting for review: submitted by Demo analyst, ");
        assertThat(find(Button.class).withId("transfer-submit").exists()).isFalse();
        assertThat(find(Button.class).withId("transfer-publish").exists()).isFalse();
        navigate("my-drafts", OwnQueueView.class);
        assertThat(find(Div.class).id("own-submitted").getElement().getTextRecursively())
            .contains("#" + id + " Iran → Russia · Shahed-136 drones");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_comments_tab_keeps_the_thread_and_refuses_an_empty_comment() {
        var id = submittedDraft("Shahed-136 drones");
        sendBack(id, "Which plant?");
        open(id);
        test(find(TabSheet.class).id("transfer-tabs")).select("Comments");
        var thread = find(CommentThread.class).id("comments");
        test(thread.add).click();
        assertThat(thread.comment.isInvalid()).isTrue();
        assertThat(thread.comment.getErrorMessage()).isEqualTo("Write the comment first.");
        test(thread.comment).setValue("Alabuga, Tatarstan: see the new source.");
        test(thread.add).click();
        assertThat(find(Div.class).id("comment-list").getElement().getTextRecursively())
            .contains("Demo reviewer, ").contains("sent the draft back").contains("Which plant?")
            .contains("Demo analyst, ").contains("Alabuga, Tatarstan: see the new source.");
        assertThat(thread.comment.getValue()).isEmpty();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_sees_no_comments_tab_and_no_review_steps() {
        var id = TestData.as(Role.VIEWER, () -> listing.page(TransferFilter.NONE.withText("shells"), TransferSort.NEWEST,
                0, 1).getFirst().id());
        open(id);
        var tabs = find(TabSheet.class).id("transfer-tabs");
        for (int i = 0; i < tabs.getTabCount(); i++) {
            assertThat(tabs.getTabAt(i).getLabel()).isNotEqualTo("Comments");
        }
        assertThat(find(Button.class).withId("transfer-submit").exists()).isFalse();
        assertThat(find(Span.class).withId("menu-count-my-drafts").exists()).isFalse();
    }

}
