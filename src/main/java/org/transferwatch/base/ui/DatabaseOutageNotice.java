package org.transferwatch.base.ui;

import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DatabaseOutage;
import org.transferwatch.base.DatabaseProbe;

/**
 * The banner a screen shows while the database does not answer: "Database unavailable, retrying…".
 * While it shows, the browser asks the server every {@link #POLL_MILLIS} ms whether the
 * {@link DatabaseProbe} got through; once it did, the banner goes, grids load their rows again and a
 * page that could not open at all ({@link DatabaseErrorView}) opens. Input in forms is left as it is:
 * a save the database did not take was not acknowledged, and the user saves again.
 */
public final class DatabaseOutageNotice extends Div {

    static final int POLL_MILLIS = 2000;

    private final DatabaseProbe probe;

    private int pollIntervalBefore;

    private @Nullable Registration pollRegistration;

    private DatabaseOutageNotice(DatabaseProbe probe) {
        this.probe = probe;
        setId("database-unavailable");
        addClassName("database-unavailable");
        getElement().setAttribute("role", "alert");
        var headline = new Span(DatabaseOutage.NOTICE);
        headline.addClassName("database-unavailable-headline");
        add(headline, new Span("The database does not answer. Nothing you saved is lost; this page picks up "
                + "again by itself as soon as the database is back."));
    }

    /** Shows the banner on the user's screen (once, however many failures report the outage). */
    public static void show(UI ui) {
        var probe = ui.getSession().getService().getInstantiator().getOrCreate(DatabaseProbe.class);
        probe.reportOutage();
        var shown = ComponentUtil.getData(ui, DatabaseOutageNotice.class);
        if (shown != null) {
            return;
        }
        var notice = new DatabaseOutageNotice(probe);
        ComponentUtil.setData(ui, DatabaseOutageNotice.class, notice);
        ui.add(notice);
        notice.pollIntervalBefore = ui.getPollInterval();
        ui.setPollInterval(POLL_MILLIS);
        notice.pollRegistration = ui.addPollListener(event -> notice.retryIfBack(ui));
    }

    /** Whether the banner shows on this screen now. */
    public static boolean isShown(UI ui) {
        return ComponentUtil.getData(ui, DatabaseOutageNotice.class) != null;
    }

    private void retryIfBack(UI ui) {
        if (!probe.isAvailable()) {
            return;
        }
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        ui.setPollInterval(pollIntervalBefore);
        ComponentUtil.setData(ui, DatabaseOutageNotice.class, null);
        ui.remove(this);
        Messages.success("The database is back.");
        if (ui.getCurrentView() instanceof DatabaseErrorView) {
            ui.refreshCurrentRoute(false);
        }
        else {
            descendants(ui).forEach(component -> {
                if (component instanceof Grid<?> grid) {
                    grid.getDataProvider().refreshAll();
                }
            });
        }
    }

    private static Stream<Component> descendants(Component component) {
        return component.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

}
