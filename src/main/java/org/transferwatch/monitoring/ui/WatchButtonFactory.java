package org.transferwatch.monitoring.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.WatchButtons;
import org.transferwatch.monitoring.WatchKind;
import org.transferwatch.monitoring.WatchService;

/**
 * The "Watch" button of the pages: it says "Watching" once the user watches the thing, and a second click stops
 * watching it. The target is read at each click, so a filtered list's button watches the filter as it is then.
 */
@org.springframework.stereotype.Component
class WatchButtonFactory implements WatchButtons {

    private final WatchService watches;

    WatchButtonFactory(WatchService watches) {
        this.watches = watches;
    }

    @Override
    public Component button(String kind, Supplier<String> target, Supplier<String> name) {
        var watchKind = WatchKind.of(kind);
        var button = new Button();
        button.setId("watch-button");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        show(button, watches.watching(watchKind, target.get()).isPresent());
        button.addClickListener(click -> {
            try {
                var current = watches.watching(watchKind, target.get());
                if (current.isPresent()) {
                    watches.delete(current.get());
                    show(button, false);
                    Messages.success("You no longer watch " + name.get() + ".");
                }
                else {
                    watches.watch(watchKind, target.get(), name.get());
                    show(button, true);
                    Messages.success("Watching " + name.get() + ": the Inbox tells you what changes.");
                }
            }
            catch (ValidationException | NotFoundException problem) {
                Messages.error(problem.getMessage());
            }
        });
        return button;
    }

    private static void show(Button button, boolean watching) {
        button.setText(watching ? "Watching" : "Watch");
        button.setIcon(new Icon(watching ? VaadinIcon.EYE : VaadinIcon.EYE_SLASH));
        button.getElement().setAttribute("aria-pressed", Boolean.toString(watching));
        button.setTooltipText(watching ? "Stop watching" : "Be told in the Inbox when this changes");
    }

}
