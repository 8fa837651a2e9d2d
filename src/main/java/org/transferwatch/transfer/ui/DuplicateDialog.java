package org.transferwatch.transfer.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import org.transferwatch.transfer.PossibleDuplicate;

/**
 * Before a new transfer is saved: "This looks like #42", with the stored transfers it may duplicate, each to open
 * or to add the new evidence to, and "Save anyway".
 */
class DuplicateDialog extends Dialog {

    final Button saveAnyway;

    DuplicateDialog(List<PossibleDuplicate> duplicates, Runnable save) {
        setId("duplicate-dialog");
        var first = duplicates.getFirst();
        setHeaderTitle("This looks like #" + first.id());
        var content = new VerticalLayout(new Paragraph(duplicates.size() == 1
                ? "A transfer of the same direction, with an overlapping period and similar goods, is already recorded:"
                : "Transfers of the same direction, with overlapping periods and similar goods, are already recorded:"));
        content.setPadding(false);
        content.setWidth("44rem");
        for (var duplicate : duplicates) {
            var label = new Span(duplicate.label() + (duplicate.sameCategory() ? " · same category" : ""));
            label.addClassName("duplicate-label");
            var open = new Button("Open it", event -> go(duplicate.id(), false));
            open.setId("duplicate-open-" + duplicate.id());
            var addEvidence = new Button("Add evidence to it", event -> go(duplicate.id(), true));
            addEvidence.setId("duplicate-add-evidence-" + duplicate.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            addEvidence.addThemeVariants(ButtonVariant.LUMO_SMALL);
            // The label on a line of its own and the two ways on beneath it, adding evidence first: a second
            // report of a recorded transfer is evidence, not a new record.
            var actions = new HorizontalLayout(addEvidence, open);
            actions.setSpacing(true);
            var item = new Div(label, actions);
            item.addClassName("duplicate-item");
            item.setId("duplicate-" + duplicate.id());
            content.add(item);
        }
        add(content);
        saveAnyway = new Button("Save anyway", event -> {
            close();
            save.run();
        });
        saveAnyway.setId("duplicate-save-anyway");
        getFooter().add(new Button("Back to the form", event -> close()), saveAnyway);
    }

    private void go(long id, boolean toEvidence) {
        close();
        UI.getCurrent().navigate(TransferDetailView.class, new RouteParameters("id", Long.toString(id)),
                toEvidence ? QueryParameters.of(TransferDetailView.TAB, TransferDetailView.EVIDENCE) : QueryParameters.empty());
    }

}
