package org.transferwatch.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that names no page and for a page the user's role may not open: the two are
 * not told apart, so the page does not reveal what exists.
 */
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        describe(this);
    }

    static void describe(VerticalLayout view) {
        view.setId("not-found");
        view.addClassName("not-found-view");
        var title = new H1("This page is not available");
        title.addClassName("view-title");
        var back = new Anchor("", "Back to the dashboard");
        back.getElement().setAttribute("router-link", true);
        view.add(title, new Paragraph("The page does not exist, or your role may not open it."), back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

}
