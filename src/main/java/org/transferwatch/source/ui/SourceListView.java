package org.transferwatch.source.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.SearchText;
import org.transferwatch.base.ui.SearchFields;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.source.CitationCounts;
import org.transferwatch.source.SourceCitations;
import org.transferwatch.source.SourceService;
import org.transferwatch.source.SourceSort;
import org.transferwatch.source.SourceSummary;

/**
 * The library of sources: searched by title, publisher, author or URL, paged and sorted in SQL, with
 * how many transfers each supports or disputes (one grouped count per page). The search lives in the URL
 * ({@code ?q=}).
 */
@Route("sources")
@PageTitle("Sources · TransferWatch")
@Menu(title = "Sources", order = 20, icon = "vaadin:book")
@RolesAllowed(Role.VIEWER_NAME)
public class SourceListView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "sources";

    /** One line of the list: the source and its claim counts. */
    record Row(SourceSummary source, CitationCounts counts) {
    }

    private final SourceService sources;

    private final SourceCitations citations;

    final Grid<Row> grid = new Grid<>();

    final TextField search = new TextField();

    private final Span count = new Span();

    private String text = "";

    public SourceListView(SourceService sources, SourceCitations citations, CurrentUser currentUser) {
        this.sources = sources;
        this.citations = citations;
        setSizeFull();
        addClassName("source-list-view");

        var title = new H1("Sources");
        title.addClassName("view-title");
        count.setId("source-count");
        count.addClassName("transfer-count");
        var header = new HorizontalLayout(title, count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        if (currentUser.has(Role.ANALYST)) {
            var add = new Button("Add a source", VaadinIcon.PLUS.create(), event -> UI.getCurrent().navigate(NewSourceView.class));
            add.setId("add-source");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var spacer = new Div();
            header.add(spacer, add);
            header.expand(spacer);
        }

        SearchFields.configure(search, "sources-search", "Search title, publisher, author or URL", "24rem");
        search.addValueChangeListener(event -> {
            text = event.getValue().strip();
            UI.getCurrent().getPage().getHistory().replaceState(null, location(text));
            grid.getDataProvider().refreshAll();
        });

        configureGrid();
        add(header, search, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("sources-grid");
        grid.setSizeFull();
        grid.setPageSize(50);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> row.source().title()).setHeader("Title").setKey("title").setSortable(true).setFlexGrow(1);
        grid.addColumn(row -> row.source().publisher() == null ? "—" : row.source().publisher()).setHeader("Publisher")
            .setKey("publisher").setSortable(true).setWidth("13rem").setFlexGrow(0);
        grid.addColumn(row -> row.source().publishedOn() == null ? "—" : DateFormats.DAY.format(row.source().publishedOn()))
            .setHeader("Published").setKey("published").setSortable(true).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.source().kind().label()).setHeader("Kind").setKey("kind").setWidth("10rem")
            .setFlexGrow(0);
        grid.addColumn(row -> row.counts().label()).setHeader("Transfers").setKey("transfers").setWidth("13rem")
            .setFlexGrow(0).setTooltipGenerator(row -> "Transfers this source supports or disputes");
        grid.setItems(query -> {
            var page = sources.page(text, sortOf(query.getSortOrders()), query.getOffset(), query.getLimit());
            var counts = citations.countsFor(page.stream().map(SourceSummary::id).toList());
            return page.stream().map(source -> new Row(source, counts.getOrDefault(source.id(), CitationCounts.NONE)));
        }, query -> updateCount(sources.count(text)));
        grid.addItemClickListener(event -> UI.getCurrent().navigate(SourceView.class,
                new RouteParameters("id", Long.toString(event.getItem().source().id()))));
        var empty = new Span("No source matches this search.");
        empty.setId("sources-empty");
        grid.setEmptyStateComponent(empty);
    }

    private int updateCount(int total) {
        count.setText(total == 1 ? "1 source" : String.format(Locale.ENGLISH, "%,d sources", total));
        return total;
    }

    private static SourceSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return SourceSort.NEWEST;
        }
        var order = orders.getFirst();
        var descending = order.getDirection() == SortDirection.DESCENDING;
        return switch (order.getSorted()) {
            case "title" -> descending ? SourceSort.TITLE_DESC : SourceSort.TITLE;
            case "publisher" -> descending ? SourceSort.PUBLISHER_DESC : SourceSort.PUBLISHER;
            case "published" -> descending ? SourceSort.NEWEST : SourceSort.OLDEST;
            default -> SourceSort.NEWEST;
        };
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
        grid.getDataProvider().refreshAll();
    }

}
