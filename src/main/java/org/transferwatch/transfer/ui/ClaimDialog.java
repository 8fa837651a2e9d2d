package org.transferwatch.transfer.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.source.SourceService;
import org.transferwatch.transfer.NewClaim;

/**
 * Enters one more source's claim about a party's role or a shipment, and hands it to the panel's save; a refusal
 * is listed in the dialog, which stays open.
 */
class ClaimDialog extends Dialog {

    /** The claim dialog's one field a problem can belong to: the source. */
    enum Field implements Problem.Field {
        SOURCE
    }

    final ClaimFields claim;

    final ProblemBox problems = new ProblemBox("claim-problems");

    final Button save = new Button("Add claim");

    ClaimDialog(String title, SourceService sources, Consumer<NewClaim> saver) {
        setHeaderTitle(title);
        setId("claim-dialog");
        claim = new ClaimFields("claim", sources);
        var content = new VerticalLayout(problems, claim.source, claim.quote, claim.gradeRow());
        content.setPadding(false);
        content.setWidth("40rem");
        add(content);
        save.setId("claim-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            var entered = claim.claimOfPickedSource();
            if (entered == null) {
                show(List.of(Field.SOURCE.problem("Choose the source of the claim from the library.")));
                return;
            }
            try {
                saver.accept(entered);
                close();
            }
            catch (ValidationException e) {
                show(e.problemsWithFields());
            }
        });
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    private void show(List<Problem> found) {
        problems.show(found, Field.values(), key -> claim.source);
    }

}
