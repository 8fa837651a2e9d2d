package org.transferwatch.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.DbEnum;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.InvolvedParty;
import org.transferwatch.transfer.NewTransferParty;
import org.transferwatch.transfer.PartyRole;
import org.transferwatch.transfer.TransferPartyService;

/**
 * A transfer's parties: each with its role, kind, country, whether it is a confirmed designation, and the sources'
 * claims that place it there; for those who may edit, adding a party, a claim, changing a role and removing.
 */
class PartiesPanel extends VerticalLayout {

    private final long transferId;

    private final boolean editable;

    private final TransferPartyService parties;

    private final PartyPages.PartySearch partySearch;

    private final SourceService sources;

    private final Runnable changed;

    private final Div list = new Div();

    final Button add = new Button("Add party");

    PartiesPanel(long transferId, boolean editable, TransferPartyService parties, PartyPages.PartySearch partySearch,
            SourceService sources, Runnable changed) {
        this.transferId = transferId;
        this.editable = editable;
        this.parties = parties;
        this.partySearch = partySearch;
        this.sources = sources;
        this.changed = changed;
        setId("parties");
        setPadding(false);
        list.setId("parties-list");
        list.setWidthFull();
        add(list);
        if (editable) {
            add.setId("parties-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(event -> new PartyDialog(partySearch, sources, party -> {
                parties.addParty(transferId, party);
                Messages.success("Party added.");
                refreshAndTell();
            }).open());
            add(add);
        }
        refresh();
    }

    void refresh() {
        list.removeAll();
        var all = parties.partiesOf(transferId);
        if (all.isEmpty()) {
            list.add(new Paragraph("No party is recorded beyond the two states: add the companies, bodies, persons and"
                    + " vessels that sources place in the transfer."));
        }
        all.forEach(party -> list.add(card(party)));
    }

    private void refreshAndTell() {
        refresh();
        changed.run();
    }

    private Div card(InvolvedParty party) {
        var card = new Div();
        card.addClassName("party-card");
        var role = new Span(party.role().label());
        role.getElement().getThemeList().add("badge contrast");
        role.addClassName("party-role");
        var what = new Span(party.kind().label() + (party.countryName() == null ? "" : " · " + party.countryName()));
        what.addClassName("party-kind");
        var header = new HorizontalLayout(PartyPages.link(party.partyId(), party.name()), role, what);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        if (party.designated()) {
            var designated = new Span("Designated party");
            designated.getElement().getThemeList().add("badge error");
            designated.addClassName("designated-badge");
            header.add(designated);
        }
        if (party.possibleMatches() > 0) {
            var possible = new Span(party.possibleMatches() == 1 ? "1 possible match to review"
                    : party.possibleMatches() + " possible matches to review");
            possible.getElement().getThemeList().add("badge");
            possible.addClassName("possible-matches");
            possible.setTitle("Designations this party may be: confirm or reject them on its page.");
            header.add(possible);
        }
        card.add(header);
        if (party.note() != null) {
            card.add(new Paragraph(party.note()));
        }
        party.claims().forEach(claim -> {
            var shown = ClaimCard.of(claim);
            if (editable && party.claims().size() > 1) {
                shown.add(action("Remove claim", () -> parties.removePartyClaim(claim.id()), "Claim removed."));
            }
            card.add(shown);
        });
        if (editable) {
            var actions = new HorizontalLayout(
                    new Button("Add claim…", event -> new ClaimDialog("A source's claim about "
                            + party.name() + " as " + party.role().withArticle(), sources, claim -> {
                                parties.addPartyClaim(party.id(), claim);
                                Messages.success("Claim added.");
                                refreshAndTell();
                            }).open()),
                    new Button("Change role…", event -> editRole(party)),
                    action("Remove party", () -> parties.removeParty(party.id(), party.version()),
                            party.name() + " is no longer " + party.role().withArticle() + " of this transfer."));
            actions.addClassName("party-actions");
            card.add(actions);
        }
        return card;
    }

    private Button action(String label, Runnable change, String done) {
        return PanelActions.button(label, change, done, this::refreshAndTell);
    }

    private void editRole(InvolvedParty party) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(party.name() + " in this transfer");
        var role = new Select<PartyRole>();
        role.setId("party-edit-role");
        role.setLabel("Role");
        role.setItems(PartyRole.values());
        role.setItemLabelGenerator(DbEnum::label);
        role.setValue(party.role());
        var note = new TextArea("Note");
        note.setId("party-edit-note");
        note.setWidth("28rem");
        TextLimits.limit(note, NewTransferParty.MAX_NOTE);
        note.setValue(party.note() == null ? "" : party.note());
        dialog.add(new VerticalLayout(role, note));
        var save = new Button("Save", event -> {
            try {
                parties.updateParty(party.id(), party.version(), role.getValue(), note.getValue());
                dialog.close();
                Messages.success(party.name() + " is now " + role.getValue().withArticle() + " of this transfer.");
                refreshAndTell();
            }
            catch (ValidationException e) {
                role.setInvalid(true);
                role.setErrorMessage(String.join(" ", e.problems()));
            }
            catch (ConcurrentEditException | AccessDeniedException | NotFoundException e) {
                Messages.error(e.getMessage());
            }
        });
        save.setId("party-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.open();
    }

    /** For tests: how many parties the panel lists. */
    int count() {
        return (int) list.getChildren().filter(child -> child.hasClassName("party-card")).count();
    }

}
