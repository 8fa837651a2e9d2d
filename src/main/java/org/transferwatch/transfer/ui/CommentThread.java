package org.transferwatch.transfer.ui;

import java.time.ZoneOffset;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.transfer.TransferComment;
import org.transferwatch.transfer.TransferCommentService;

/** A transfer's comment thread for analysts and reviewers: the comments, oldest first, and a box to add one. */
class CommentThread extends Composite<VerticalLayout> {

    private final long transferId;

    private final TransferCommentService comments;

    private final Div list = new Div();

    final TextArea comment = new TextArea("Add a comment");

    final Button add = new Button("Add comment", event -> add());

    CommentThread(long transferId, TransferCommentService comments) {
        this.transferId = transferId;
        this.comments = comments;
        setId("comments");
        list.setId("comment-list");
        list.setWidthFull();
        comment.setId("comment-text");
        comment.setWidthFull();
        comment.setMaxWidth("40rem");
        TextLimits.limit(comment, TransferCommentService.MAX_COMMENT);
        add.setId("comment-add");
        getContent().setPadding(false);
        getContent().add(new Paragraph("Analysts and reviewers see these comments; viewers do not."), list, comment, add);
        show();
    }

    private void show() {
        list.removeAll();
        var thread = comments.comments(transferId);
        if (thread.isEmpty()) {
            list.add(new Paragraph("No comments yet."));
        }
        thread.forEach(c -> list.add(card(c)));
    }

    private static Div card(TransferComment comment) {
        var card = new Div();
        card.addClassName("comment");
        var who = new Span(comment.author() + ", "
                + DateFormats.MOMENT.format(comment.createdAt().withOffsetSameInstant(ZoneOffset.UTC))
                + (comment.sentBack() ? " — sent the draft back" : ""));
        who.addClassName("comment-meta");
        var body = new Paragraph(comment.body());
        body.addClassName("comment-body");
        card.add(who, body);
        return card;
    }

    private void add() {
        try {
            comments.addComment(transferId, comment.getValue());
            comment.clear();
            comment.setInvalid(false);
            show();
        }
        catch (ValidationException e) {
            comment.setInvalid(true);
            comment.setErrorMessage(String.join(" ", e.problems()));
        }
        catch (AccessDeniedException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

}
