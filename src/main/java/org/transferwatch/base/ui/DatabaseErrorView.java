package org.transferwatch.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;
import org.transferwatch.base.DatabaseOutage;

/**
 * Shown instead of a page that failed to open because of the database (Spring's data access and
 * transaction exceptions). When the database is unreachable the page says so and opens by itself once
 * the {@link DatabaseOutageNotice} sees it back; any other failure is logged and told in one sentence,
 * never as a stack trace.
 */
// Error views are access-checked like routes: without an annotation the check turns this into a denial.
@ParentLayout(MainLayout.class)
@PermitAll
public class DatabaseErrorView extends VerticalLayout implements HasErrorParameter<NestedRuntimeException> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseErrorView.class);

    private final H1 title = new H1();

    private final Paragraph explanation = new Paragraph();

    private boolean outage;

    public DatabaseErrorView() {
        setId("database-error");
        title.addClassName("view-title");
        add(title, explanation);
    }

    /** The notice goes on the screen once this view is on it: showing the view replaces the UI's content. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (outage) {
            DatabaseOutageNotice.show(event.getUI());
        }
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NestedRuntimeException> parameter) {
        var failure = parameter.getCaughtException();
        if (DatabaseOutage.causedBy(failure)) {
            log.warn("{} could not open, the database is unavailable: {}", event.getLocation().getPath(),
                    failure.getMessage());
            title.setText("This page could not be loaded");
            explanation.setText("The database does not answer, so the page has no data to show yet. It opens "
                    + "by itself as soon as the database is back.");
            outage = true;
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("{} could not open", event.getLocation().getPath(), failure);
        title.setText("Something went wrong");
        explanation.setText("The page could not be loaded because of a problem on our side; it has been logged. "
                + "Try again, and tell an administrator if it keeps happening.");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

}
