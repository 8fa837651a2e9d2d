package org.transferwatch.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.country.CountryService;
import org.transferwatch.dashboard.BriefingDocumentService;
import org.transferwatch.dashboard.BriefingGraphics;
import org.transferwatch.dashboard.BriefingScope;
import org.transferwatch.dashboard.BriefingText;
import org.transferwatch.dashboard.SavedBriefing;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.TransferFilterParameters;

/** The saved briefings, newest first; each re-generates from today's data with the same scope. */
@Route("briefings")
@PageTitle("Briefings · TransferWatch")
@Menu(title = "Briefings", order = 5, icon = "vaadin:file-text-o")
@RolesAllowed(Role.VIEWER_NAME)
public class BriefingsView extends VerticalLayout {

    private final BriefingDocumentService briefings;

    private final BriefingGraphics graphics;

    private final CountryService countries;

    private final CurrentUser currentUser;

    private final Grid<SavedBriefing> grid = new Grid<>();

    private @Nullable BriefingBuilder builder;

    public BriefingsView(BriefingDocumentService briefings, BriefingGraphics graphics, CountryService countries,
            CurrentUser currentUser) {
        this.briefings = briefings;
        this.graphics = graphics;
        this.countries = countries;
        this.currentUser = currentUser;
        var title = new H2("Briefings");
        title.addClassName("view-title");
        var intro = new Paragraph("Briefings saved from a country pair's page or a Transfers list (\"Brief this list\"). Re-generate one to read today's data with "
                + "the same scope, title, marking and key judgements; it says \"as of\" the day it is generated, so that "
                + "it can be compared with the one handed out. To build a new one, open a country pair and choose "
                + "\"Build briefing\", or filter the Transfers list and choose \"Brief this list\".");
        intro.addClassName("view-intro");
        grid.setId("briefings-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(saved -> saved.request().title()).setHeader("Title").setKey("title").setFlexGrow(2);
        grid.addColumn(saved -> scopeLabel(saved.request().scope())).setHeader("Scope").setKey("pair").setWidth("12rem")
            .setFlexGrow(1);
        grid.addColumn(saved -> saved.request().marking()).setHeader("Marking").setKey("marking").setWidth("11rem")
            .setFlexGrow(0);
        grid.addColumn(SavedBriefing::savedBy).setHeader("Author").setKey("author").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(saved -> BriefingText.WHEN.format(saved.savedAt())).setHeader("Saved").setKey("saved")
            .setWidth("13rem").setFlexGrow(0);
        grid.addComponentColumn(saved -> {
            var button = new Button("Re-generate", event -> open(saved));
            button.setId("briefing-regenerate-" + saved.id());
            return button;
        }).setHeader("").setKey("regenerate").setWidth("9rem").setFlexGrow(0);
        var items = briefings.savedBriefings();
        grid.setItems(items);
        add(title, intro);
        if (items.isEmpty()) {
            add(new Paragraph("No briefing is saved yet."));
        }
        add(grid);
        setSizeFull();
    }

    /** "PRK and RUS", or for a list's briefing its query: "List: supplier=PRK, status=delivered". */
    static String scopeLabel(BriefingScope scope) {
        if (!scope.fromList()) {
            return scope.aCode() + " and " + scope.bCode();
        }
        var parameters = TransferFilterParameters.toParameters(scope.listFilter());
        return "List: " + (parameters.isEmpty() ? "all transfers" : parameters.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining(", ")));
    }

    void open(SavedBriefing saved) {
        var scope = saved.request().scope();
        var a = scope.aCode() == null ? null : countries.findByCode(scope.aCode()).orElse(null);
        var b = scope.bCode() == null ? null : countries.findByCode(scope.bCode()).orElse(null);
        if ((scope.aCode() != null && a == null) || (scope.bCode() != null && b == null)) {
            Messages.error("A state of this briefing no longer exists.");
            return;
        }
        builder = new BriefingBuilder(briefings, graphics, scope, a, b, currentUser.has(Role.ANALYST), saved);
        builder.open();
    }

    /** The builder last opened, for tests. */
    @Nullable BriefingBuilder builder() {
        return builder;
    }

}
