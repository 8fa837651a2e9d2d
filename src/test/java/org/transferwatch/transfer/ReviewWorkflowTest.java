package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.security.UserService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.MovableClock;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;

@TransferWatchTest
@Transactional
class ReviewWorkflowTest {

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    ReviewQueueService queues;

    @Autowired
    TransferCommentService comments;

    @Autowired
    TransferHistoryService history;

    @Autowired
    UserService users;

    @Autowired
    MovableClock clock;

    private long draftBy(String analyst, String item) {
        return Accounts.as(analyst, Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", item)));
    }

    private String analyst() {
        var name = Accounts.uniqueUsername("analyst");
        Accounts.create(users, name, Role.ANALYST);
        return name;
    }

    private void submitAs(String analyst, long id) {
        Accounts.as(analyst, Role.ANALYST, () -> reviews.submit(id));
    }

    @Test
    void a_submitted_draft_waits_in_the_reviewers_queue_behind_older_ones_with_who_submitted_it() {
        var analyst = analyst();
        var older = draftBy(analyst, "KN-23 missiles");
        var newer = draftBy(analyst, "KN-24 missiles");
        // The draft recorded later was submitted first: the queue goes by submission.
        submitAs(analyst, newer);
        clock.advance(Duration.ofMinutes(5));
        submitAs(analyst, older);
        var queue = Accounts.as("reviewer", Role.REVIEWER, () -> queues.waitingForReview(0, 1_000));
        var ours = queue.stream().filter(q -> q.transferId() == older || q.transferId() == newer).toList();
        assertThat(ours).extracting(QueuedTransfer::transferId).containsExactly(newer, older);
        assertThat(ours.getFirst().by()).isEqualTo("Test " + analyst);
        assertThat(ours.getLast().label()).isEqualTo("#" + older + " North Korea → Russia · KN-23 missiles");
        assertThat(Accounts.as("reviewer", Role.REVIEWER, () -> queues.waitingCount())).isEqualTo(queue.size());
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> queues.ownQueue().submitted()))
            .extracting(QueuedTransfer::transferId).containsExactly(newer, older);
    }

    @Test
    void a_draft_already_waiting_cannot_be_submitted_twice() {
        var analyst = analyst();
        var id = draftBy(analyst, "KN-23 missiles");
        submitAs(analyst, id);
        assertThatThrownBy(() -> submitAs(analyst, id)).isInstanceOf(ValidationException.class)
            .hasMessage("This draft is already waiting for review.");
    }

    @Test
    void a_draft_sent_back_with_a_comment_is_returned_to_its_analyst_and_the_comment_joins_its_thread() {
        var analyst = analyst();
        var id = draftBy(analyst, "KN-23 missiles");
        submitAs(analyst, id);
        Accounts.as("reviewer", Role.REVIEWER, () -> reviews.sendBack(id, "  Grade the Yonhap claim B2, not A2.  "));

        var status = Accounts.as(analyst, Role.ANALYST, () -> reviews.reviewStatus(id)).orElseThrow();
        assertThat(status.state()).isEqualTo(ReviewRequestState.RETURNED);
        assertThat(status.returnComment()).isEqualTo("Grade the Yonhap claim B2, not A2.");
        assertThat(status.returnedBy()).isEqualTo("Demo reviewer");
        var own = Accounts.as(analyst, Role.ANALYST, () -> queues.ownQueue());
        assertThat(own.returned()).singleElement()
            .satisfies(item -> assertThat(item.returnComment()).isEqualTo("Grade the Yonhap claim B2, not A2."));
        assertThat(own.submitted()).isEmpty();
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> queues.returnedCount())).isEqualTo(1);
        assertThat(Accounts.as("reviewer", Role.REVIEWER, () -> queues.waitingForReview(0, 1_000)))
            .extracting(QueuedTransfer::transferId).doesNotContain(id);
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> comments.comments(id))).singleElement()
            .satisfies(c -> {
                assertThat(c.body()).isEqualTo("Grade the Yonhap claim B2, not A2.");
                assertThat(c.sentBack()).isTrue();
                assertThat(c.author()).isEqualTo("Demo reviewer");
            });

        submitAs(analyst, id);
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> queues.ownQueue().returned())).isEmpty();
        assertThat(Accounts.as("reviewer", Role.REVIEWER, () -> queues.waitingForReview(0, 1_000)))
            .extracting(QueuedTransfer::transferId).contains(id);
    }

    @Test
    void sending_back_needs_a_comment_and_a_draft_that_waits_for_review() {
        var analyst = analyst();
        var id = draftBy(analyst, "KN-23 missiles");
        assertThatThrownBy(() -> Accounts.as("reviewer", Role.REVIEWER, () -> reviews.sendBack(id, "Fix it.")))
            .isInstanceOf(ValidationException.class).hasMessageStartingWith("This draft is not waiting for review");
        submitAs(analyst, id);
        assertThatThrownBy(() -> Accounts.as("reviewer", Role.REVIEWER, () -> reviews.sendBack(id, "   ")))
            .isInstanceOf(ValidationException.class)
            .hasMessage("Say what should change before this transfer can be published.");
    }

    @Test
    void publishing_takes_the_draft_out_of_every_queue() {
        var analyst = analyst();
        var id = draftBy(analyst, "KN-23 missiles");
        submitAs(analyst, id);
        Accounts.as("reviewer", Role.REVIEWER, () -> reviews.publish(id, transfers.version(id).orElseThrow()));
        assertThat(Accounts.as("reviewer", Role.REVIEWER, () -> queues.waitingForReview(0, 1_000)))
            .extracting(QueuedTransfer::transferId).doesNotContain(id);
        var own = Accounts.as(analyst, Role.ANALYST, () -> queues.ownQueue());
        assertThat(own.submitted()).isEmpty();
        assertThat(own.inProgress()).isEmpty();
        assertThat(Accounts.as(analyst, Role.ANALYST, () -> reviews.reviewStatus(id))).isEmpty();
    }

    @Test
    void an_analysts_own_queue_holds_their_drafts_in_progress_and_not_other_analysts() {
        var mine = analyst();
        var theirs = analyst();
        var myDraft = draftBy(mine, "KN-23 missiles");
        var theirDraft = draftBy(theirs, "KN-24 missiles");
        assertThat(Accounts.as(mine, Role.ANALYST, () -> queues.ownQueue().inProgress()))
            .extracting(QueuedTransfer::transferId).containsExactly(myDraft).doesNotContain(theirDraft);
    }

    @Test
    void comments_are_audited_and_hidden_from_viewers_in_the_thread_and_the_history() {
        var analyst = analyst();
        var id = draftBy(analyst, "KN-23 missiles");
        Accounts.as(analyst, Role.ANALYST, () -> comments.addComment(id, "Is the debris photo dated?"));
        submitAs(analyst, id);
        Accounts.as("reviewer", Role.REVIEWER, () -> reviews.publish(id, transfers.version(id).orElseThrow()));

        var seenByAnalyst = Accounts.as(analyst, Role.ANALYST, () -> history.history(id));
        assertThat(seenByAnalyst).extracting(e -> e.summary())
            .contains(analyst + " commented", analyst + " submitted the transfer for review");
        assertThat(seenByAnalyst).filteredOn(e -> e.entityType().equals("transfer_comment")).singleElement()
            .satisfies(e -> assertThat(e.changes()).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("Is the debris photo dated?")));

        var seenByViewer = Accounts.as("viewer", Role.VIEWER, () -> history.history(id));
        assertThat(seenByViewer).extracting(e -> e.entityType()).doesNotContain("transfer_comment", "review_request");
        assertThat(seenByViewer).extracting(e -> e.summary()).contains("reviewer published the transfer");
        assertThatThrownBy(() -> Accounts.as("viewer", Role.VIEWER, () -> comments.comments(id)))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_blank_comment_is_refused_with_a_message() {
        var analyst = analyst();
        var id = draftBy(analyst, "KN-23 missiles");
        assertThatThrownBy(() -> Accounts.as(analyst, Role.ANALYST, () -> comments.addComment(id, " \n ")))
            .isInstanceOf(ValidationException.class).hasMessage("Write the comment first.");
    }

    @Test
    void the_publication_preview_names_the_transfer_and_counts_what_comes_with_it() {
        var id = draftBy(analyst(), "KN-23 missiles");
        var preview = Accounts.as("reviewer", Role.REVIEWER, () -> reviews.publicationPreview(id));
        assertThat(preview.sentence()).isEqualTo("Publishing makes #" + id
                + " North Korea → Russia · KN-23 missiles visible to viewers and the API, with its 0 claims and 0 sanctions links.");
    }

    @Test
    void the_preview_sentence_lists_parties_and_shipments_when_there_are_any() {
        assertThat(new PublicationPreview(42, "Iran → Russia · Shahed-136 drones", 3, 1, 2, 1).sentence())
            .isEqualTo("Publishing makes #42 Iran → Russia · Shahed-136 drones visible to viewers and the API, with its "
                    + "3 claims, 1 sanctions link, 2 parties and 1 shipment.");
    }

}
