package org.transferwatch.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.sanctions.Provision;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.sanctions.ui.ProvisionBadges;
import org.transferwatch.sanctions.ui.ProvisionView;
import org.transferwatch.transfer.TransferSanctionsService;

/**
 * The provisions a transfer may breach: those the analyst confirmed (with citation and link), those
 * dismissed (with the note why), the suggestions from scope still to decide, and linking any provision
 * by hand.
 */
class SanctionsPanel extends VerticalLayout {

    private final long transferId;

    private final boolean editable;

    private final TransferSanctionsService transferSanctions;

    private final SanctionsService sanctions;

    private final Runnable changed;

    final ComboBox<Provision> manualProvision = new ComboBox<>("Provision");

    final TextField manualNote = new TextField("Note");

    SanctionsPanel(long transferId, boolean editable, TransferSanctionsService transferSanctions, SanctionsService sanctions,
            Runnable changed) {
        this.transferId = transferId;
        this.editable = editable;
        this.transferSanctions = transferSanctions;
        this.sanctions = sanctions;
        this.changed = changed;
        setId("sanctions");
        setPadding(false);
        refresh();
    }

    void refresh() {
        removeAll();
        var links = transferSanctions.sanctionsLinks(transferId);
        var confirmed = links.stream().filter(l -> l.decision() == SanctionsLink.Decision.CONFIRMED).toList();
        var dismissed = links.stream().filter(l -> l.decision() == SanctionsLink.Decision.DISMISSED).toList();
        var suggestions = transferSanctions.suggestedProvisions(transferId);

        add(new H3("Confirmed (" + confirmed.size() + ")"));
        var confirmedList = new Div();
        confirmedList.setId("sanctions-confirmed");
        if (confirmed.isEmpty()) {
            confirmedList.add(new Paragraph("No provision confirmed yet."));
        }
        confirmed.forEach(link -> confirmedList.add(card(link.provision(), link.note(), "confirmed")));
        add(confirmedList);

        add(new H3("Suggested from scope (" + suggestions.size() + ")"));
        var suggestionList = new Div();
        suggestionList.setId("sanctions-suggested");
        if (suggestions.isEmpty()) {
            suggestionList.add(new Paragraph("No provision's scope matches this transfer beyond those decided."));
        }
        suggestions.forEach(suggestion -> {
            var provision = suggestion.provision();
            var card = card(provision, null, "suggested");
            var reason = new Paragraph("Why: " + suggestion.reason());
            reason.addClassName("provision-reason");
            card.add(reason);
            if (editable) {
                var confirm = new Button("Confirm", event -> decide(provision, SanctionsLink.Decision.CONFIRMED, null));
                confirm.addClassName("confirm-provision");
                confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                var dismiss = new Button("Dismiss…", event -> askWhyDismiss(provision));
                dismiss.addClassName("dismiss-provision");
                dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
                card.add(new HorizontalLayout(confirm, dismiss));
            }
            suggestionList.add(card);
        });
        add(suggestionList);

        if (!dismissed.isEmpty()) {
            add(new H3("Dismissed (" + dismissed.size() + ")"));
            var dismissedList = new Div();
            dismissedList.setId("sanctions-dismissed");
            dismissed.forEach(link -> dismissedList.add(card(link.provision(), link.note(), "dismissed")));
            add(dismissedList);
        }
        if (editable) {
            add(manualLink());
        }
    }

    private static Div card(Provision provision, String note, String state) {
        var card = new Div();
        card.addClassNames("provision-card", state);
        var citation = new Anchor(ProvisionView.address(provision.id()), provision.citation());
        citation.addClassName("provision-citation");
        var header = new HorizontalLayout(citation, ProvisionBadges.verified(provision.citationVerified()));
        if (provision.retired()) {
            header.add(ProvisionBadges.retired());
        }
        if (provision.url() != null) {
            var text = new Anchor(provision.url(), "official text ↗", AnchorTarget.BLANK);
            text.getElement().setAttribute("rel", "noopener noreferrer");
            text.addClassName("provision-text");
            header.add(text);
        }
        header.setAlignItems(Alignment.BASELINE);
        card.add(header, new Paragraph(provision.summary()));
        if (note != null) {
            var noteText = new Paragraph("Analyst's note: " + note);
            noteText.addClassName("provision-note");
            card.add(noteText);
        }
        return card;
    }

    private void askWhyDismiss(Provision provision) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Dismiss " + provision.citation());
        var why = new TextArea("Why does it not apply?");
        why.setId("dismiss-note");
        TextLimits.limit(why, 2000);
        why.setWidth("28rem");
        dialog.add(why);
        var dismiss = new Button("Dismiss", event -> {
            if (decide(provision, SanctionsLink.Decision.DISMISSED, why.getValue())) {
                dialog.close();
            }
        });
        dismiss.setId("dismiss-confirm");
        dismiss.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), dismiss);
        dialog.open();
        why.focus();
    }

    private boolean decide(Provision provision, SanctionsLink.Decision decision, String note) {
        try {
            transferSanctions.decideProvision(transferId, provision.id(), decision, note);
            Messages.success(provision.citation() + (decision == SanctionsLink.Decision.CONFIRMED ? " confirmed." : " dismissed."));
            refresh();
            changed.run();
            return true;
        }
        catch (ValidationException e) {
            Messages.error(String.join(" ", e.problems()));
            return false;
        }
    }

    private VerticalLayout manualLink() {
        manualProvision.setId("sanctions-manual-provision");
        manualProvision.setItems(sanctions.activeProvisions());
        manualProvision.setItemLabelGenerator(p -> p.citation() + " — " + p.summary());
        manualProvision.setWidth("36rem");
        manualNote.setId("sanctions-manual-note");
        TextLimits.limit(manualNote, 2000);
        manualNote.setWidth("24rem");
        var link = new Button("Confirm link", event -> {
            if (manualProvision.getValue() == null) {
                Messages.error("Choose the provision to link.");
                return;
            }
            decide(manualProvision.getValue(), SanctionsLink.Decision.CONFIRMED, manualNote.getValue());
        });
        link.setId("sanctions-manual-link");
        var row = new HorizontalLayout(manualProvision, manualNote, link);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        var section = new VerticalLayout(new H3("Link a provision by hand"), row);
        section.setPadding(false);
        return section;
    }


}
