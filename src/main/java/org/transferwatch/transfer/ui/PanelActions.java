package org.transferwatch.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.springframework.security.access.AccessDeniedException;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;

/** A one-click change of a transfer's part (a removal) that says in a sentence whether it worked. */
final class PanelActions {

    private PanelActions() {
    }

    /**
     * @param done what the user is told when the change worked
     * @param after what the panel does then (reload its list, tell the page)
     */
    static Button button(String label, Runnable change, String done, Runnable after) {
        var button = new Button(label, event -> {
            try {
                change.run();
                Messages.success(done);
                after.run();
            }
            catch (ValidationException | ConcurrentEditException | AccessDeniedException | NotFoundException e) {
                Messages.error(e.getMessage());
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

}
