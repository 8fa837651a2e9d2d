package org.transferwatch.party.ui;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.TextLimits;
import org.transferwatch.party.Party;
import org.transferwatch.party.PartyRow;
import org.transferwatch.party.PartyService;

/**
 * Merges a party record into another record of the same party, for administrators: the record to keep is
 * picked by any of its names or numbers, and the reason is kept in the audit of both.
 */
class MergeDialog extends Dialog {

    final ComboBox<PartyRow> into = new ComboBox<>("Keep this record");

    final TextArea reason = new TextArea("Why are they the same party?");

    MergeDialog(Party merged, PartyService parties, LongConsumer onMerged) {
        setHeaderTitle("Merge " + merged.label() + " into…");
        into.setId("merge-into");
        into.setWidth("28rem");
        into.setItemLabelGenerator(row -> row.name() + " (#" + row.id() + (row.countryCode() == null ? ""
                : ", " + row.countryCode()) + ")");
        // Only another record of the same kind can be the same party.
        into.setItems(query -> parties.search(SearchText.cut(query.getFilter().orElse("")), query.getOffset(),
                query.getLimit()).stream().filter(row -> row.id() != merged.id() && row.kind() == merged.kind()));
        reason.setId("merge-reason");
        reason.setWidth("28rem");
        TextLimits.limit(reason, PartyService.MAX_MERGE_REASON);
        add(new Paragraph("The record kept takes this one's names, numbers, flags, designation matches and transfers;"
                + " this one stays, marked as merged, and is no longer listed."), into, reason);
        var merge = new Button("Merge", event -> {
            if (into.getValue() == null) {
                into.setInvalid(true);
                into.setErrorMessage("Choose the record to keep.");
                return;
            }
            try {
                var kept = into.getValue().id();
                parties.merge(merged.id(), kept, reason.getValue());
                close();
                Messages.success(merged.label() + " merged into #" + kept + ".");
                onMerged.accept(kept);
            }
            catch (ValidationException e) {
                reason.setInvalid(true);
                reason.setErrorMessage(String.join(" ", e.problems()));
            }
            catch (NotFoundException | AccessDeniedException e) {
                Messages.error(e.getMessage());
            }
        });
        merge.setId("merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), merge);
    }

}
