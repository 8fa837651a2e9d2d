package org.transferwatch.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferwatch.base.DatabaseOutage;

/**
 * Every session's error handler: a failure because the database cannot be reached (in a button's
 * action, a grid's page of rows, anything that is not a navigation) shows the
 * {@link DatabaseOutageNotice} instead of an error; every other failure goes to Vaadin's default handler.
 */
@org.springframework.stereotype.Component
class OutageAwareErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        private static final Logger log = LoggerFactory.getLogger(OutageAwareErrorHandling.class);

        private final ErrorHandler fallback = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            var failure = event.getThrowable();
            var ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
            if (ui != null && DatabaseOutage.causedBy(failure)) {
                log.warn("Database unavailable: {}", failure.getMessage());
                DatabaseOutageNotice.show(ui);
                return;
            }
            fallback.error(event);
        }

    }

}
