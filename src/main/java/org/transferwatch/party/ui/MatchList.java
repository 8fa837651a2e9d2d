package org.transferwatch.party.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.designation.ui.DesignationView;
import org.transferwatch.party.MatchState;
import org.transferwatch.party.PartyMatch;
import org.transferwatch.party.PartyMatchService;

/**
 * A party's matches with designations: each with the designation (linking to its page), its reference and
 * other names, what the match rests on and its score, the analyst's decision and what changed since; for
 * analysts, Confirm and Reject, each asking for a note (a rejection requires one).
 */
class MatchList extends Div {

    private final PartyMatchService matches;

    private final boolean canDecide;

    private final Runnable changed;

    MatchList(List<PartyMatch> found, boolean canDecide, PartyMatchService matches, Runnable changed) {
        this.matches = matches;
        this.canDecide = canDecide;
        this.changed = changed;
        setId("party-matches");
        if (found.isEmpty()) {
            var none = new Paragraph("No designation matches this party's names or numbers.");
            none.setId("party-no-match");
            add(none);
        }
        found.forEach(match -> add(card(match)));
    }

    private Div card(PartyMatch match) {
        var card = new Div();
        card.addClassNames("provision-card", "party-match", match.state().dbValue());
        var designation = new Anchor(DesignationView.address(match.designationId()), match.designationName());
        designation.addClassName("match-designation");
        var reference = new Span(match.reference() + " · " + match.designationKind().label());
        reference.addClassName("match-reference");
        var header = new HorizontalLayout(designation, reference, PartyBadges.state(match.state()));
        if (match.delistedOn() != null) {
            var delisted = new Span("Delisted " + DateFormats.DAY.format(match.delistedOn()));
            delisted.getElement().getThemeList().add("badge contrast");
            header.add(delisted);
        }
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        var basis = new Paragraph(match.basis().label() + " · score " + match.scoreLabel() + " · matched "
                + match.matchedName());
        basis.addClassName("match-basis");
        card.add(header, basis);
        if (!match.designationAliases().isEmpty()) {
            var aliases = new Paragraph("Also listed as: " + String.join("; ", match.designationAliases()));
            aliases.addClassName("match-aliases");
            card.add(aliases);
        }
        if (match.state() != MatchState.POSSIBLE) {
            var decision = new Paragraph(match.state().label() + " by " + (match.decidedBy() == null ? "an analyst"
                    : match.decidedBy()) + (match.decidedAt() == null ? "" : " on " + DateFormats.DAY.format(match.decidedAt()))
                    + (match.note() == null ? "" : ": " + match.note()));
            decision.addClassName("match-decision");
            card.add(decision);
        }
        if (match.changeNote() != null) {
            var change = new Paragraph(match.changeNote());
            change.addClassName("match-change");
            card.add(change);
        }
        if (canDecide) {
            card.add(buttons(match));
        }
        return card;
    }

    /** Confirm and Reject, less the decision already taken unless the designation changed since. */
    private HorizontalLayout buttons(PartyMatch match) {
        var buttons = new HorizontalLayout();
        if (match.state() != MatchState.CONFIRMED || match.changedSinceDecided()) {
            var confirm = new Button(match.state() == MatchState.CONFIRMED ? "Confirm again…" : "Confirm…",
                    event -> ask(match, MatchState.CONFIRMED));
            confirm.addClassName("confirm-match");
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            buttons.add(confirm);
        }
        if (match.state() != MatchState.REJECTED || match.changedSinceDecided()) {
            var reject = new Button("Reject…", event -> ask(match, MatchState.REJECTED));
            reject.addClassName("reject-match");
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(reject);
        }
        return buttons;
    }

    private void ask(PartyMatch match, MatchState decision) {
        var confirming = decision == MatchState.CONFIRMED;
        var dialog = new Dialog();
        dialog.setHeaderTitle((confirming ? "Confirm: " : "Reject: ") + match.partyName() + " is "
                + (confirming ? "" : "not ") + match.designationName());
        var note = new TextArea(confirming ? "Note (optional)" : "Why is it not this designation?");
        note.setId("match-note");
        TextLimits.limit(note, PartyMatchService.MAX_NOTE);
        note.setWidth("28rem");
        dialog.add(note);
        var decide = new Button(confirming ? "Confirm" : "Reject", event -> {
            try {
                if (confirming) {
                    matches.confirm(match.id(), note.getValue(), match.version());
                }
                else {
                    matches.reject(match.id(), note.getValue(), match.version());
                }
                dialog.close();
                Messages.success(match.designationName() + (confirming ? " confirmed." : " rejected."));
                changed.run();
            }
            catch (ValidationException e) {
                note.setInvalid(true);
                note.setErrorMessage(String.join(" ", e.problems()));
            }
            catch (ConcurrentEditException | NotFoundException | AccessDeniedException e) {
                Messages.error(e.getMessage());
            }
        });
        decide.setId("match-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), decide);
        dialog.open();
        note.focus();
    }

}
