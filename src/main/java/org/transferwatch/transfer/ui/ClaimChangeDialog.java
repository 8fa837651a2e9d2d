package org.transferwatch.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.ClaimCorrection;
import org.transferwatch.transfer.Evidence;
import org.transferwatch.transfer.EvidenceService;

/**
 * Corrects a linked claim's quote, stance and grade, or removes the claim, always with a reason that the history
 * keeps. When the change returns a published transfer to draft, the dialog says so before the user confirms.
 */
class ClaimChangeDialog extends Dialog {

    enum Mode {
        CORRECT, REMOVE
    }

    final ClaimFields fields;

    final TextArea reason = new TextArea("Reason (kept in the history)");

    final Button confirm;

    ClaimChangeDialog(Mode mode, Evidence evidence, boolean returnsToDraft, EvidenceService evidenceService,
            SourceService sources, Runnable changed) {
        var claim = evidence.claim();
        setId("claim-change-dialog");
        setHeaderTitle((mode == Mode.CORRECT ? "Correct the claim of " : "Remove the claim of ") + evidence.source().title());
        fields = new ClaimFields("claim-change", sources);
        fields.quote.setValue(claim.quote());
        fields.stance.setValue(claim.stance());
        fields.reliability.setValue(claim.grade().reliability());
        fields.credibility.setValue(claim.grade().credibility());
        reason.setId("claim-change-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setPlaceholder(mode == Mode.CORRECT ? "e.g. Grade typed wrongly: the agency is usually reliable (B), not A"
                : "e.g. The article is about another shipment");
        TextLimits.limit(reason, EvidenceService.MAX_REASON);
        var content = new VerticalLayout();
        content.setPadding(false);
        content.setWidth("40rem");
        if (returnsToDraft) {
            var warning = new Paragraph("This transfer is published. Your change returns it to draft: viewers no longer"
                    + " see it until a reviewer publishes it again.");
            warning.setId("claim-change-returns-to-draft");
            warning.addClassName("form-problems");
            content.add(warning);
        }
        if (mode == Mode.CORRECT) {
            content.add(fields.quote, fields.gradeRow());
        }
        else {
            content.add(new Paragraph("“" + claim.quote() + "” (" + claim.stance().label() + ", "
                    + claim.grade().description() + ")"));
        }
        content.add(reason);
        add(content);
        confirm = new Button(mode == Mode.CORRECT ? "Save correction" : "Remove claim", event -> {
            try {
                var outcome = mode == Mode.CORRECT
                        ? evidenceService.correctClaim(claim.id(), claim.version(), new ClaimCorrection(fields.quote.getValue(),
                                fields.stance.getValue(), fields.claim(0).grade()), reason.getValue())
                        : evidenceService.removeClaim(claim.id(), claim.version(), reason.getValue());
                close();
                Messages.success((mode == Mode.CORRECT ? "Claim corrected." : "Claim removed.")
                        + (outcome == EvidenceService.Outcome.RETURNED_TO_DRAFT
                                ? " The transfer is a draft again, for a reviewer to publish." : ""));
                changed.run();
            }
            catch (ValidationException e) {
                reason.setInvalid(reason.getValue().isBlank());
                reason.setErrorMessage(reason.getValue().isBlank() ? "Say why." : null);
                Messages.error(String.join(" ", e.problems()));
            }
            catch (ConcurrentEditException | AccessDeniedException | NotFoundException e) {
                Messages.error(e.getMessage());
            }
        });
        confirm.setId("claim-change-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (mode == Mode.REMOVE) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        getFooter().add(new Button("Cancel", event -> close()), confirm);
    }

}
