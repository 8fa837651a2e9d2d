package org.transferwatch.transfer.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
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
import org.transferwatch.base.DatabaseOutage;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.ListNews;
import org.transferwatch.base.ui.WatchButtons;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.CountryService;
import org.transferwatch.place.PlaceService;
import org.transferwatch.sanctions.Provision;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.TransferCount;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferFilterNames;
import org.transferwatch.transfer.TransferFilterParameters;
import org.transferwatch.transfer.ListColumnsService;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferPage;
import org.transferwatch.transfer.TransferRow;

/**
 * The transfers list: a grid paged, sorted and counted in SQL, with every filter of the model. The
 * filter lives in the URL's query parameters, so a filtered list can be bookmarked and sent: the URL is
 * read once as the view opens, and written once per change of the filter.
 */
@Route("transfers")
@PageTitle("Transfers · TransferWatch")
@Menu(title = "Transfers", order = 1, icon = "vaadin:exchange")
@RolesAllowed(Role.VIEWER_NAME)
public class TransferListView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "transfers";

    /** Served by the exchange feature's export endpoint, behind the same login as this view. */
    static final String EXPORT_PATH = "export/transfers.csv";

    /** The briefing builder for a list's filter, given as the list's own query parameters. */
    static final String BRIEFING_ROUTE = "briefings/new";

    private final TransferListService listing;

    private final TransferFilterBar filterBar;

    private final TransferGrid grid;

    private final FirstPageCache firstPage = new FirstPageCache();

    /** Page and count come together, so after an outage both load again, not the grid's rows alone. */
    private final RetryAfterOutage loadAgain = new RetryAfterOutage(this::load);

    private final Span count = new Span();

    private final Button countAll = new Button("Count all", event -> countAll());

    private final Anchor export = new Anchor();

    private final ColumnChooser chooser;

    private TransferFilter filter = TransferFilter.NONE;

    private final ListNews news;

    /** What changed since the previous visit; nothing until the list is opened. */
    private ListNews.Since since = transferIds -> Map.of();

    private boolean visited;

    /** The marks of the rows loaded so far in this visit. */
    private final Map<Long, String> marks = new HashMap<>();

    /** A link may name states and categories in words ("?supplier=N. Korea&category=drones"). */
    private final TransferFilterNames names;

    public TransferListView(TransferListService listing, CountryService countries, CategoryService categories,
            SanctionsService sanctions, PlaceService places, CurrentUser currentUser, ListColumnsService listColumns,
            WatchButtons watchButtons, ListNews news) {
        this.listing = listing;
        this.news = news;
        this.names = new TransferFilterNames(countries, categories);
        setSizeFull();
        addClassName("transfer-list-view");

        filterBar = new TransferFilterBar(countries.asSearch(), countries::findByCode, categories.findAll(),
                sanctions.issuerCodes(), places.all(), currentUser.has(Role.ANALYST));
        filterBar.setProvisionCitation(id -> sanctions.provision(id).map(Provision::citation).orElse("A provision that no longer exists"));
        filterBar.addFilterChangedListener(event -> apply(event.filter()));

        grid = new TransferGrid(filterBar::clear);
        listColumns.chosenColumns().ifPresent(grid::showOnly);
        addNewsColumn();
        chooser = new ColumnChooser(grid, keys -> {
            try {
                listColumns.chooseColumns(keys);
            }
            catch (ValidationException e) {
                Messages.error(e.getMessage());
            }
        });
        // The count comes with the first page (load), not from a count callback of its own: the grid's fetch
        // for that page is served from it, so a new filter costs one call and one statement.
        grid.setItems(query -> {
            var sort = TransferGrid.sortOf(query.getSortOrders());
            var ready = firstPage.take(filter, sort, query.getOffset(), query.getLimit());
            var rows = ready != null ? ready : listing.page(filter, sort, query.getOffset(), query.getLimit());
            // Only the rows of this page are looked up, however long the list.
            marks.putAll(since.marks(rows.stream().map(TransferRow::id).toList()));
            return rows.stream();
        });
        grid.addSortListener(event -> firstPage.forget());
        grid.addItemClickListener(event -> UI.getCurrent().navigate(TransferDetailView.class,
                new RouteParameters("id", Long.toString(event.getItem().id()))));

        add(header(currentUser, watchButtons), filterBar, grid);
        setFlexGrow(1, grid);
    }

    /**
     * "New" or "Updated" on the rows published or changed since the user's previous visit of the list: a word in a
     * badge, not a colour alone. Shown after the user's chosen columns, and choosable like them; frozen to the
     * grid's end, so that it stays in sight when the columns scroll.
     */
    private void addNewsColumn() {
        grid.addColumn(LitRenderer.<TransferRow>of(
                "<span class=\"list-news\" theme=\"badge small ${item.theme}\" ?hidden=\"${!item.mark}\">${item.mark}</span>")
            .withProperty("mark", row -> marks.getOrDefault(row.id(), ""))
            .withProperty("theme", row -> "New".equals(marks.get(row.id())) ? "success" : "contrast"))
            .setHeader("Since last visit").setKey("news").setWidth("9rem").setFlexGrow(0).setFrozenToEnd(true);
    }

    private HorizontalLayout header(CurrentUser currentUser, WatchButtons watchButtons) {
        var title = new H1("Transfers");
        title.addClassName("view-title");
        count.setId("transfer-count");
        count.addClassName("transfer-count");
        export.setId("export-csv");
        export.addClassName("export-link");
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Export CSV"));
        export.setTitle("Download the transfers of this filter as CSV (UTF-8, opens in Excel)");
        export.setRouterIgnore(true);
        export.getElement().setAttribute("download", true);
        var spacer = new Div();
        countAll.setId("count-all");
        countAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        countAll.setTooltipText("Count every matching transfer (slower for big results)");
        countAll.setVisible(false);
        // Watches the filter as the URL has it when clicked, named after the filter's summary in the count line.
        var watch = watchButtons.button("filter", () -> location(filter).getQueryParameters().getQueryString(),
                () -> "Transfers: " + TransferFilterParameters.toParameters(filter).entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).reduce((x, y) -> x + ", " + y).orElse("all"));
        // The briefing builder (dashboard feature) reads the same query parameters as this list's URL.
        var brief = new Button("Brief this list", VaadinIcon.FILE_TEXT_O.create(),
                event -> UI.getCurrent().navigate(BRIEFING_ROUTE, location(filter).getQueryParameters()));
        brief.setId("brief-list");
        brief.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        brief.setTooltipText("Build a briefing (PDF and Word) of the transfers of this filter");
        var header = new HorizontalLayout(title, count, countAll, spacer, watch, chooser, brief, export);
        header.expand(spacer);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (currentUser.has(Role.ANALYST)) {
            var create = new Button("New transfer", VaadinIcon.PLUS.create(),
                    event -> UI.getCurrent().navigate(TransferEditView.class));
            create.setId("new-transfer");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        header.setWidthFull();
        return header;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!visited) {
            // Once per opening of the list: a new filter or a link to the same list within it is the same visit.
            since = news.visit(ListNews.TRANSFERS);
            visited = true;
        }
        var parsed = TransferFilterParameters.parse(event.getLocation().getQueryParameters().getParameters(), names);
        var requested = parsed.filter();
        // The bar looks each state up as it fills its fields; a code it found no state for is not in its filter.
        var shown = filterBar.setFilter(requested);
        var problems = new ArrayList<>(parsed.problems());
        reportUnknownState("supplier", requested.supplierCode(), shown.supplierCode(), problems);
        reportUnknownState("recipient", requested.recipientCode(), shown.recipientCode(), problems);
        if (requested.placeId() != null && shown.placeId() == null) {
            problems.add("The place " + requested.placeId() + " in the link is not in the gazetteer and was ignored.");
        }
        apply(shown);
        if (!problems.isEmpty()) {
            var notification = Notification.show(String.join(" ", problems), 8000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private static void reportUnknownState(String role, @Nullable String requested, @Nullable String shown,
            List<String> problems) {
        if (requested != null && shown == null) {
            problems.add("The " + role + " \"" + requested + "\" in the link is not a known state and was ignored.");
        }
    }

    /** Shows the filter's transfers and writes the filter into the URL and the export link. */
    private void apply(TransferFilter newFilter) {
        filter = newFilter;
        UI.getCurrent().getPage().getHistory().replaceState(null, location(filter));
        export.setHref(exportHref(filter));
        load();
    }

    /** Loads the filter's first page with its count, or once the database is back if it is away. */
    private void load() {
        var sort = grid.currentSort();
        TransferPage page;
        try {
            page = listing.pageWithCount(filter, sort, 0, TransferGrid.PAGE_SIZE);
        }
        catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            loadAgain.schedule();
            return;
        }
        firstPage.keep(filter, sort, TransferGrid.PAGE_SIZE, page.rows());
        showCount(page.count());
        grid.getDataProvider().refreshAll();
    }

    /** Shows the count and sizes the grid by it; "Count all" gets the exact number of a big result on demand. */
    private void showCount(TransferCount total) {
        count.setText(total.label());
        countAll.setVisible(!total.exact());
        var narrowEnough = total.exact() && total.value() <= TransferListService.EXACT_COUNT_LIMIT;
        count.setTitle(narrowEnough ? "" : String.format(Locale.ENGLISH, "Narrow the list to %,d transfers or fewer to "
                + "sort it by a column; it is newest first until then.", TransferListService.EXACT_COUNT_LIMIT));
        if (grid.offerSorts(narrowEnough)) {
            Messages.warning(String.format(Locale.ENGLISH, "The list is newest first again: sorting by a column needs a "
                    + "filter that leaves %,d transfers or fewer.", TransferListService.EXACT_COUNT_LIMIT));
        }
        grid.sizeBy(total);
    }

    private void countAll() {
        showCount(TransferCount.exactly(listing.count(filter)));
    }

    static Location location(TransferFilter filter) {
        return new Location(ROUTE, QueryParameters.simple(TransferFilterParameters.toParameters(filter)));
    }

    /** The CSV export of exactly this filter: the same query parameters as the list's own URL. */
    static String exportHref(TransferFilter filter) {
        var query = location(filter).getQueryParameters().getQueryString();
        return EXPORT_PATH + (query.isEmpty() ? "" : "?" + query);
    }

    /** For tests and the URL: the filter the grid shows now. */
    TransferFilter filter() {
        return filter;
    }

    Map<String, String> filterParameters() {
        return TransferFilterParameters.toParameters(filter);
    }

}
