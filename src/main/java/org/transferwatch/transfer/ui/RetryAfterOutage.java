package org.transferwatch.transfer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ui.DatabaseOutageNotice;

/**
 * Shows the database outage and, once its notice has gone (the database answers again), runs an action again,
 * for a screen whose loading the outage interrupted.
 */
final class RetryAfterOutage {

    private final Runnable action;

    /** Set while an outage keeps the action waiting. */
    private @Nullable Registration waiting;

    RetryAfterOutage(Runnable action) {
        this.action = action;
    }

    void schedule() {
        var ui = UI.getCurrent();
        DatabaseOutageNotice.show(ui);
        if (waiting != null) {
            return;
        }
        // Registered after the notice's own poll listener, so it runs once the notice has checked the probe;
        // one registration however many attempts failed, since the action works on the screen's latest state.
        waiting = ui.addPollListener(event -> {
            if (!DatabaseOutageNotice.isShown(ui) && waiting != null) {
                waiting.remove();
                waiting = null;
                action.run();
            }
        });
    }

}
