package org.transferwatch.transfer.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DbEnum;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.party.PartySummary;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.NewTransferParty;
import org.transferwatch.transfer.PartyRole;

/**
 * Places a party in the transfer: the party picked by name from the party records, its role, a note, and the
 * source's claim that puts it there. The panel's save gets what was entered; a refusal is listed in the dialog,
 * each problem marking its field, and the dialog stays open.
 */
class PartyDialog extends Dialog {

    final ComboBox<PartySummary> party;

    final Select<PartyRole> role = new Select<>();

    final TextArea note = new TextArea("Note");

    final ClaimFields claim;

    final ProblemBox problems = new ProblemBox("party-problems");

    final Button save = new Button("Add party");

    PartyDialog(PartyPages.PartySearch parties, SourceService sources, Consumer<NewTransferParty> saver) {
        setHeaderTitle("Add a party to the transfer");
        setId("party-dialog");
        party = PartyPages.picker("Party", parties);
        party.setId("party-pick");
        party.setWidthFull();
        role.setId("party-role");
        role.setLabel("Role");
        role.setItems(PartyRole.values());
        role.setItemLabelGenerator(DbEnum::label);
        note.setId("party-note");
        note.setWidthFull();
        TextLimits.limit(note, NewTransferParty.MAX_NOTE);
        claim = new ClaimFields("party-claim", sources);
        claim.source.setLabel("Source placing the party in the transfer");
        var content = new VerticalLayout(problems, party, role, claim.source, claim.quote, claim.gradeRow(), note);
        content.setPadding(false);
        content.setWidth("40rem");
        add(content);
        save.setId("party-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            if (party.getValue() == null) {
                show(List.of(NewTransferParty.Field.PARTY.problem("Choose the party: search for it by name.")));
                return;
            }
            var claims = claim.source.getValue() == null ? List.<NewClaim>of() : List.of(claim.claim(claim.source.getValue().id()));
            try {
                saver.accept(new NewTransferParty(party.getValue().id(), role.getValue(), note.getValue(), claims));
                close();
            }
            catch (ValidationException e) {
                show(e.problemsWithFields());
            }
        });
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    private void show(List<Problem> found) {
        problems.show(found, NewTransferParty.Field.values(), this::field);
    }

    private @Nullable HasValidation field(NewTransferParty.Field key) {
        return switch (key) {
            case PARTY -> party;
            case ROLE -> role;
            case NOTE -> note;
            case CLAIM -> claim.quote;
        };
    }

}
