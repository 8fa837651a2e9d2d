package org.transferwatch.source.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.Source;
import org.transferwatch.source.SourceService;
import org.transferwatch.source.SourceText;

/**
 * Adds a source by pasting its text. A source the library already holds (same normalised URL or same
 * text) is not added again: the user is taken to it.
 */
@Route("sources/new")
@PageTitle("Add a source · TransferWatch")
@RolesAllowed(Role.ANALYST_NAME)
public class NewSourceView extends VerticalLayout {

    /** Where the assistant reads a source; a route of the intake feature, named here to keep the features apart. */
    static final String INTAKE_ROUTE = "sources/%d/intake";

    private final SourceService sources;

    final SourceForm form = new SourceForm();

    public NewSourceView(SourceService sources) {
        this.sources = sources;
        addClassName("new-source-view");
        var title = new H1("Add a source");
        title.addClassName("view-title");
        var intro = new Paragraph("Paste the text of an article, statement or report with what you know about it. "
                + "The assistant can then propose the transfers it reports, for you to accept, edit or drop.");
        intro.addClassName("view-intro");
        form.addSaveListener(event -> save(event.source(), event.read()));
        form.addCancelListener(event -> UI.getCurrent().navigate(SourceListView.class));
        add(new RouterLink("← Sources", SourceListView.class), title, intro, form);
        form.content.focus();
    }

    private void save(NewSource source, boolean read) {
        try {
            var added = sources.add(source);
            form.showProblems(List.of());
            if (added.recaptured()) {
                Messages.warning("This URL is already in the library as “" + added.source().title() + "”, with another "
                        + "text: the new text is kept as capture " + added.captureNumber()
                        + ", beside the earlier ones; the source's page shows what changed.");
                open(added.source());
                return;
            }
            if (added.duplicate()) {
                Messages.warning("This source is already in the library (" + sameBy(source, added.source())
                        + "): here it is, “" + added.source().title() + "”.");
                open(added.source());
                return;
            }
            if (added.sameText().isEmpty()) {
                Messages.success("Source added to the library.");
            }
            else {
                Messages.warning("Source added to the library, but it is likely a duplicate: the same text is already in “"
                        + added.sameText().getFirst().title() + "” under another URL. Its page links to it.");
            }
            if (read && added.source().content() != null) {
                UI.getCurrent().navigate(INTAKE_ROUTE.formatted(added.source().id()));
            }
            else {
                open(added.source());
            }
        }
        catch (ValidationException e) {
            form.showProblems(e.problemsWithFields());
        }
        catch (AccessDeniedException e) {
            Messages.error(e.getMessage());
        }
    }

    SourceForm form() {
        return form;
    }

    private static String sameBy(NewSource entered, Source existing) {
        var enteredUrl = entered.url() == null ? null : SourceText.normaliseUrl(entered.url()).orElse(null);
        var existingUrl = existing.url() == null ? null : SourceText.normaliseUrl(existing.url()).orElse(null);
        return enteredUrl != null && enteredUrl.equals(existingUrl) ? "same URL" : "same text";
    }

    private static void open(Source source) {
        UI.getCurrent().navigate(SourceView.class, new RouteParameters("id", Long.toString(source.id())));
    }

}
