package org.transferwatch.designation.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ui.SearchFields;
import org.transferwatch.designation.DesignationHit;
import org.transferwatch.designation.DesignationResults;
import org.transferwatch.designation.DesignationService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;

/**
 * The designated persons, entities and vessels: searched by name or alias the way sanctions staff type them
 * (near spellings ranked, the score shown) or by reference or IMO number, paged in SQL. The search lives in
 * the URL ({@code ?q=}).
 */
@Route("designations")
@PageTitle("Designations · TransferWatch")
@Menu(title = "Designations", order = 25, icon = "vaadin:user-card")
@RolesAllowed(Role.VIEWER_NAME)
public class DesignationListView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "designations";

    private final DesignationService designations;

    final Grid<DesignationHit> grid = new Grid<>();

    final TextField search = new TextField();

    private final Span count = new Span();

    private String text = "";

    private @Nullable DesignationResults firstPage;

    private String firstPageText = "";

    private int firstPageLimit;

    public DesignationListView(DesignationService designations, CurrentUser currentUser) {
        this.designations = designations;
        setSizeFull();
        addClassName("designation-list-view");

        var title = new H1("Designations");
        title.addClassName("view-title");
        count.setId("designation-count");
        count.addClassName("transfer-count");
        var header = new HorizontalLayout(title, count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        if (currentUser.has(Role.ADMIN)) {
            var importList = new Button("Import the UN list", VaadinIcon.UPLOAD.create(),
                    event -> UI.getCurrent().navigate(DesignationImportView.class));
            importList.setId("import-designations");
            importList.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var spacer = new Div();
            header.add(spacer, importList);
            header.expand(spacer);
        }
        var intro = new Paragraph("The persons, entities and vessels on the UN Security Council's Consolidated List. "
                + "Search by name or alias in any order, with or without accents and hyphens; near spellings are "
                + "found too, best match first. A reference number (KPe.001) or an IMO number finds exactly that entry.");
        intro.addClassName("view-intro");

        SearchFields.configure(search, "designations-search", "Name, alias, reference or IMO number", "28rem");
        search.addValueChangeListener(event -> {
            text = event.getValue().strip();
            UI.getCurrent().getPage().getHistory().replaceState(null, location(text));
            firstPage = null;
            grid.getDataProvider().refreshAll();
        });

        configureGrid();
        add(header, intro, search, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("designations-grid");
        grid.setSizeFull();
        grid.setPageSize(50);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DesignationHit::primaryName).setHeader("Name").setKey("name").setFlexGrow(1);
        grid.addColumn(hit -> hit.matched() == null || hit.matched().equals(hit.primaryName()) ? "" : hit.matched())
            .setHeader("Matched").setKey("matched").setWidth("14rem").setFlexGrow(0)
            .setTooltipGenerator(hit -> "The alias or number the search matched");
        grid.addColumn(DesignationHit::scoreLabel).setHeader("Score").setKey("score").setWidth("6rem").setFlexGrow(0)
            .setTooltipGenerator(hit -> "How closely the name matches what you typed");
        grid.addColumn(DesignationHit::reference).setHeader("Reference").setKey("reference").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(hit -> hit.kind().label()).setHeader("Kind").setKey("kind").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(DesignationHit::programme).setHeader("Regime").setKey("regime").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(hit -> hit.delistedOn() != null ? "Delisted " + DateFormats.DAY.format(hit.delistedOn())
                : hit.listedOn() == null ? "—" : DateFormats.DAY.format(hit.listedOn()))
            .setHeader("Listed").setKey("listed").setWidth("10rem").setFlexGrow(0);
        // The grid asks for the count and the first page in one round trip: both come from one statement.
        grid.setItems(query -> query.getOffset() == 0 ? firstPage(query.getLimit()).hits().stream()
                : designations.search(text, query.getOffset(), query.getLimit()).stream(),
                query -> updateCount(firstPage(grid.getPageSize()).total()));
        grid.addItemClickListener(event -> UI.getCurrent().navigate(DesignationView.class,
                new RouteParameters("id", Long.toString(event.getItem().id()))));
        var empty = new Span("No designation matches this search.");
        empty.setId("designations-empty");
        grid.setEmptyStateComponent(empty);
    }

    /** The first page and total for the current text, read once per search. */
    private DesignationResults firstPage(int limit) {
        if (firstPage == null || !firstPageText.equals(text) || firstPageLimit < limit) {
            firstPage = designations.searchWithTotal(text, 0, Math.max(limit, grid.getPageSize()));
            firstPageText = text;
            firstPageLimit = Math.max(limit, grid.getPageSize());
        }
        if (firstPage.hits().size() <= limit) {
            return firstPage;
        }
        return new DesignationResults(firstPage.hits().subList(0, limit), firstPage.total());
    }

    private int updateCount(int total) {
        count.setText(total == 1 ? "1 designation" : String.format(Locale.ENGLISH, "%,d designations", total));
        return total;
    }

    /** For tests: the search field (views are proxied, so fields are reached through methods). */
    TextField search() {
        return search;
    }

    static Location location(String text) {
        return text.isBlank() ? new Location(ROUTE) : new Location(ROUTE, QueryParameters.of("q", text));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        search.setValue(SearchText.cut(q));
        text = search.getValue().strip();
        firstPage = null;
        grid.getDataProvider().refreshAll();
    }

}
