package org.transferwatch.transfer.ui;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.ReviewRequestState;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.ReviewStatus;
import org.transferwatch.transfer.TransferCommentService;
import org.transferwatch.transfer.TransferDetails;
import org.transferwatch.transfer.TransferReviewService;

/**
 * The transfer page's review: where the draft's review stands ("Returned to you: …"), and the steps the user may
 * take: submit it for review (analysts), publish it after confirming what becomes visible, or send it back with a
 * comment (reviewers).
 */
final class ReviewActions {

    private final TransferReviewService reviews;

    private final CurrentUser currentUser;

    /** What the page does after a step: show the transfer as it is now. */
    private final Runnable changed;

    ReviewActions(TransferReviewService reviews, CurrentUser currentUser, Runnable changed) {
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.changed = changed;
    }

    /** Where the draft's review stands, for analysts and reviewers; viewers never see drafts. */
    Optional<ReviewStatus> status(TransferDetails transfer) {
        if (!currentUser.has(Role.ANALYST) || transfer.transfer().reviewState() != ReviewState.DRAFT) {
            return Optional.empty();
        }
        return reviews.reviewStatus(transfer.transfer().id());
    }

    /** "Returned to you: …" or "Waiting for review: …", when the draft was submitted. */
    Optional<Component> banner(Optional<ReviewStatus> status) {
        return status.map(review -> {
            Paragraph banner;
            if (review.state() == ReviewRequestState.RETURNED) {
                banner = new Paragraph("Returned to you: " + review.returnComment() + " (" + review.returnedBy() + ", "
                        + (review.returnedAt() == null ? ""
                                : DateFormats.MOMENT.format(review.returnedAt().withOffsetSameInstant(ZoneOffset.UTC)))
                        + ")");
                banner.addClassName("form-problems");
            }
            else {
                banner = new Paragraph("Waiting for review: submitted by " + review.submittedBy() + ", "
                        + DateFormats.MOMENT.format(review.submittedAt().withOffsetSameInstant(ZoneOffset.UTC)) + ".");
                banner.addClassName("review-waiting");
            }
            banner.setId("transfer-review-request");
            banner.getElement().setAttribute("role", "status");
            return banner;
        });
    }

    /** The review steps this user may take on this transfer now. */
    List<Button> buttons(TransferDetails transfer, Optional<ReviewStatus> status) {
        var buttons = new ArrayList<Button>();
        var id = transfer.transfer().id();
        var state = transfer.transfer().reviewState();
        var waiting = status.filter(review -> review.state() == ReviewRequestState.SUBMITTED).isPresent();
        if (currentUser.has(Role.ANALYST) && state == ReviewState.DRAFT && !waiting) {
            var submit = new Button(status.isPresent() ? "Submit again" : "Submit for review", event -> submit(id));
            submit.setId("transfer-submit");
            buttons.add(submit);
        }
        if (currentUser.has(Role.REVIEWER) && waiting) {
            var sendBack = new Button("Send back…", event -> askSendBackComment(id));
            sendBack.setId("transfer-send-back");
            buttons.add(sendBack);
        }
        if (currentUser.has(Role.REVIEWER) && state != ReviewState.PUBLISHED) {
            var publish = new Button("Publish…", event -> confirmPublication(id, transfer.transfer().version()));
            publish.setId("transfer-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(publish);
        }
        return buttons;
    }

    private void submit(long transferId) {
        try {
            reviews.submit(transferId);
            Messages.success("Submitted: the draft waits in the reviewers' queue.");
            changed.run();
        }
        catch (ValidationException | AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Names what becomes visible before it does: publishing cannot be taken back, only retracted. */
    private void confirmPublication(long transferId, int version) {
        var preview = reviews.publicationPreview(transferId);
        var dialog = new Dialog();
        dialog.setId("publish-dialog");
        dialog.setHeaderTitle("Publish this transfer?");
        var summary = new Paragraph(preview.sentence());
        summary.setId("publish-summary");
        summary.setMaxWidth("32rem");
        dialog.add(summary);
        var publish = new Button("Publish", event -> {
            try {
                reviews.publish(transferId, version);
                dialog.close();
                Messages.success("Published: viewers now see this transfer.");
                changed.run();
            }
            catch (ConcurrentEditException | AccessDeniedException | ValidationException e) {
                dialog.close();
                Messages.error(e.getMessage());
            }
        });
        publish.setId("publish-confirm");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", event -> dialog.close());
        cancel.setId("publish-cancel");
        dialog.getFooter().add(cancel, publish);
        dialog.open();
    }

    private void askSendBackComment(long transferId) {
        var dialog = new Dialog();
        dialog.setId("send-back-dialog");
        dialog.setHeaderTitle("Send back to the analysts");
        var comment = new TextArea("What should change before it can be published?");
        comment.setId("send-back-comment");
        comment.setWidth("28rem");
        TextLimits.limit(comment, TransferCommentService.MAX_COMMENT);
        dialog.add(comment);
        var sendBack = new Button("Send back", event -> {
            try {
                reviews.sendBack(transferId, comment.getValue());
                dialog.close();
                Messages.success("Sent back: the analysts see your comment on the transfer and in their drafts.");
                changed.run();
            }
            catch (ValidationException e) {
                comment.setInvalid(true);
                comment.setErrorMessage(String.join(" ", e.problems()));
            }
            catch (AccessDeniedException e) {
                dialog.close();
                Messages.error(e.getMessage());
            }
        });
        sendBack.setId("send-back-confirm");
        sendBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), sendBack);
        dialog.open();
        comment.focus();
    }

}
