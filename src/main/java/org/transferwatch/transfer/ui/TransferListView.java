package org.transferwatch.transfer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.DatabaseOutage;
import org.transferwatch.base.DbEnum;
import org.transferwatch.base.ui.DatabaseOutageNotice;
import org.transferwatch.category.Category;
import org.transferwatch.category.CategoryService;
import org.transferwatch.country.Country;
import org.transferwatch.country.CountryService;
import org.transferwatch.country.ui.CountryField;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.TransferCount;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferFilterParameters;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferPage;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferSort;
import org.transferwatch.transfer.TransferStatus;

/**
 * The transfers list: a grid paged, sorted and counted in SQL, with every filter of the model. The
 * filter lives in the URL's query parameters, so a filtered list can be bookmarked and sent.
 */
@Route("transfers")
@PageTitle("Transfers · TransferWatch")
@Menu(title = "Transfers", order = 1, icon = "vaadin:exchange")
@RolesAllowed(Role.VIEWER_NAME)
public class TransferListView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "transfers";

    /** Served by the exchange feature's export endpoint, behind the same login as this view. */
    static final String EXPORT_PATH = "export/transfers.csv";

    private final TransferListService listing;

    private final CountryService countries;

    private final Grid<TransferRow> grid = new Grid<>();

    private final CountryField supplier;

    private final CountryField recipient;

    private final Checkbox either = new Checkbox("Either direction");

    private final Select<TransferKind> kind = enumSelect("Kind", TransferKind.values());

    private final ComboBox<Category> category = new ComboBox<>("Category");

    private final Select<TransferStatus> status = enumSelect("Status", TransferStatus.values());

    private final Select<Confidence> confidence = enumSelect("Confidence", Confidence.values());

    private final Select<ReviewState> review = enumSelect("Review", ReviewState.values());

    private final DatePicker from = new DatePicker("Period from");

    private final DatePicker to = new DatePicker("Period to");

    private final Select<String> issuer = new Select<>();

    private final TextField text = new TextField("Search");

    private static final int PAGE_SIZE = 50;

    private final Span count = new Span();

    private final Button countAll = new Button("Count all", event -> countAll());

    private @Nullable FirstPage firstPage;

    /** Applies the filter again once an outage's notice has gone; set while an outage kept it from applying. */
    private com.vaadin.flow.shared.@Nullable Registration retryAfterOutage;

    private final Anchor export = new Anchor();

    private TransferFilter filter = TransferFilter.NONE;

    private boolean applyingFilter;

    /** Criteria the dashboard's figures link to, shown as removable chips rather than fields. */
    private java.time.@Nullable LocalDate addedSince;

    private boolean flagged;

    private final HorizontalLayout extraCriteria = new HorizontalLayout();

    public TransferListView(TransferListService listing, CountryService countries, CategoryService categories,
            SanctionsService sanctions, CurrentUser currentUser) {
        this.listing = listing;
        this.countries = countries;
        setSizeFull();
        addClassName("transfer-list-view");

        supplier = new CountryField("Supplier", countries.asSearch());
        supplier.setId("filter-supplier");
        recipient = new CountryField("Recipient", countries.asSearch());
        recipient.setId("filter-recipient");
        either.setId("filter-either");
        kind.setId("filter-kind");
        category.setId("filter-category");
        category.setItems(categories.findAll());
        category.setItemLabelGenerator(Category::label);
        category.setClearButtonVisible(true);
        category.setPlaceholder("Any");
        status.setId("filter-status");
        confidence.setId("filter-confidence");
        review.setId("filter-review");
        review.setVisible(currentUser.has(Role.ANALYST));
        from.setId("filter-from");
        to.setId("filter-to");
        issuer.setId("filter-issuer");
        issuer.setLabel("Sanctions issuer");
        issuer.setItems(sanctions.issuerCodes());
        issuer.setEmptySelectionAllowed(true);
        issuer.setEmptySelectionCaption("Any");
        text.setId("filter-text");
        text.setPlaceholder("Item, notes, quotes");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(200);

        List<AbstractField<?, ?>> fields = List.of(supplier, recipient, either, kind, category, status, confidence,
                review, from, to, issuer, text);
        fields.forEach(field -> field.addValueChangeListener(event -> {
            if (!applyingFilter) {
                filterChanged();
            }
        }));

        var clear = new Button("Clear filter", event -> applyFilter(TransferFilter.NONE));
        clear.setId("clear-filter");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var filters = new FlexLayout(supplier, recipient, either, kind, category, status, confidence, review, from, to,
                issuer, text, clear);
        filters.addClassName("transfer-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        var title = new H2("Transfers");
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
        var header = new HorizontalLayout(title, count, countAll, spacer, export);
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

        configureGrid();
        extraCriteria.setId("filter-extra");
        extraCriteria.setVisible(false);
        add(header, filters, extraCriteria, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("transfers-grid");
        grid.setSizeFull();
        grid.setPageSize(PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TransferRow::pairLabel).setHeader("Supplier → recipient").setKey("pair")
            .setSortable(true).setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(TransferRow::item).setHeader("Item").setKey("item").setSortable(true).setFlexGrow(1);
        grid.addColumn(row -> row.quantity().label()).setHeader("Quantity").setKey("quantity").setWidth("9rem")
            .setFlexGrow(0);
        grid.addColumn(row -> row.period() == null ? "—" : row.period().label()).setHeader("Period")
            .setKey("period").setSortable(true).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setKey("status").setSortable(true)
            .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.confidence().label()).setHeader("Confidence").setKey("confidence")
            .setSortable(true).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.evidence().label()).setHeader("Evidence").setKey("evidence").setWidth("10rem")
            .setFlexGrow(0);
        grid.addColumn(row -> row.reviewState().label()).setHeader("Review").setKey("review").setWidth("6rem")
            .setFlexGrow(0);
        // The count comes with the first page (filterChanged), not from a count callback of its own: the
        // grid's fetch for that page is served from it, so a new filter costs one call and one transaction.
        grid.setItems(query -> {
            var sort = sortOf(query.getSortOrders());
            var ready = firstPage;
            firstPage = null;
            if (ready != null && ready.serves(filter, sort, query.getOffset(), query.getLimit())) {
                return ready.rows().stream();
            }
            return listing.page(filter, sort, query.getOffset(), query.getLimit()).stream();
        });
        grid.addSortListener(event -> firstPage = null);
        grid.addItemClickListener(event -> UI.getCurrent().navigate(TransferDetailView.class,
                new com.vaadin.flow.router.RouteParameters("id", Long.toString(event.getItem().id()))));

        var emptyMessage = new Span("No transfers match this filter.");
        var clear = new Button("Clear the filter", event -> applyFilter(TransferFilter.NONE));
        clear.setId("empty-clear-filter");
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var empty = new VerticalLayout(emptyMessage, clear);
        empty.setId("transfers-empty");
        empty.setAlignItems(FlexComponent.Alignment.CENTER);
        grid.setEmptyStateComponent(empty);
    }

    /**
     * Shows the count and sizes the grid by it: an exact count is the grid's size; beyond
     * {@link TransferService#EXACT_COUNT_LIMIT} the grid's size is an estimate that grows as the user scrolls
     * (Vaadin's undefined-size lazy loading), and "Count all" gets the exact number on demand.
     */
    private void showCount(TransferCount total) {
        count.setText(total.label());
        countAll.setVisible(!total.exact());
        var dataView = grid.getLazyDataView();
        if (total.exact()) {
            var size = total.value();
            dataView.setItemCountCallback(query -> size);
        }
        else {
            dataView.setItemCountEstimate(total.value() + 1);
            dataView.setItemCountEstimateIncrease(total.value());
        }
    }

    private void countAll() {
        showCount(TransferCount.exactly(listing.count(filter)));
    }

    private TransferSort currentSort() {
        return sortOf(grid.getSortOrder().stream()
            .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
            .toList());
    }

    /** The first page, fetched with the count, waiting for the grid's fetch of it. */
    private record FirstPage(TransferFilter filter, TransferSort sort, int limit, List<TransferRow> rows) {

        boolean serves(TransferFilter wanted, TransferSort wantedSort, int offset, int wantedLimit) {
            return offset == 0 && limit == wantedLimit && sort == wantedSort && filter.equals(wanted);
        }

    }

    private static TransferSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return TransferSort.NEWEST;
        }
        var order = orders.getFirst();
        var descending = order.getDirection() == SortDirection.DESCENDING;
        return switch (order.getSorted()) {
            case "pair" -> descending ? TransferSort.PAIR_DESC : TransferSort.PAIR;
            case "item" -> descending ? TransferSort.ITEM_DESC : TransferSort.ITEM;
            case "period" -> descending ? TransferSort.PERIOD_DESC : TransferSort.PERIOD;
            case "status" -> descending ? TransferSort.STATUS_DESC : TransferSort.STATUS;
            case "confidence" -> descending ? TransferSort.CONFIDENCE_DESC : TransferSort.CONFIDENCE;
            default -> TransferSort.NEWEST;
        };
    }

    private void filterChanged() {
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("The period must end on or after its start.");
            return;
        }
        to.setInvalid(false);
        filter = new TransferFilter(code(supplier.getValue()), code(recipient.getValue()), either.getValue(),
                kind.getValue(), category.getValue() == null ? null : category.getValue().code(), status.getValue(),
                confidence.getValue(), review.getValue(), from.getValue(), to.getValue(), issuer.getValue(),
                text.getValue().isBlank() ? null : text.getValue().strip(), addedSince, flagged);
        renderExtraCriteria();
        UI.getCurrent().getPage().getHistory().replaceState(null, location(filter));
        export.setHref(exportHref(filter));
        var sort = currentSort();
        TransferPage page;
        try {
            page = listing.pageWithCount(filter, sort, 0, PAGE_SIZE);
        }
        catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            applyAgainOnceTheDatabaseIsBack();
            return;
        }
        firstPage = new FirstPage(filter, sort, PAGE_SIZE, page.rows());
        showCount(page.count());
        grid.getDataProvider().refreshAll();
    }

    /**
     * Shows the outage and, once its notice has gone (the database answers again), applies the filter again:
     * page and count come together, so refreshing the grid alone would leave the old count.
     */
    private void applyAgainOnceTheDatabaseIsBack() {
        var ui = UI.getCurrent();
        DatabaseOutageNotice.show(ui);
        if (retryAfterOutage != null) {
            return;
        }
        // Registered after the notice's own poll listener, so it runs once the notice has checked the probe;
        // one registration however many filter changes failed: the filter applied is the latest one.
        retryAfterOutage = ui.addPollListener(event -> {
            if (!DatabaseOutageNotice.isShown(ui) && retryAfterOutage != null) {
                retryAfterOutage.remove();
                retryAfterOutage = null;
                filterChanged();
            }
        });
    }

    private static @Nullable String code(@Nullable Country country) {
        return country == null ? null : country.code();
    }

    /** The CSV export of exactly this filter: the same query parameters as the list's own URL. */
    static String exportHref(TransferFilter filter) {
        var query = QueryParameters.simple(TransferFilterParameters.toParameters(filter)).getQueryString();
        return EXPORT_PATH + (query.isEmpty() ? "" : "?" + query);
    }

    static Location location(TransferFilter filter) {
        var parameters = TransferFilterParameters.toParameters(filter);
        return new Location(ROUTE, QueryParameters.simple(parameters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parsed = TransferFilterParameters.parse(event.getLocation().getQueryParameters().getParameters());
        var problems = new ArrayList<>(parsed.problems());
        var requested = parsed.filter();
        var supplierCountry = lookUp(requested.supplierCode(), "supplier", problems);
        var recipientCountry = lookUp(requested.recipientCode(), "recipient", problems);
        applyFilter(requested.withPair(code(supplierCountry), code(recipientCountry), requested.eitherDirection()));
        if (!problems.isEmpty()) {
            var notification = Notification.show(String.join(" ", problems), 8000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private @Nullable Country lookUp(@Nullable String code, String role, List<String> problems) {
        if (code == null) {
            return null;
        }
        var country = countries.findByCode(code);
        if (country.isEmpty()) {
            problems.add("The " + role + " \"" + code + "\" in the link is not a known state and was ignored.");
        }
        return country.orElse(null);
    }

    private void renderExtraCriteria() {
        extraCriteria.removeAll();
        if (addedSince != null) {
            extraCriteria.add(chip("Recorded since " + addedSince, "chip-added", () -> addedSince = null));
        }
        if (flagged) {
            extraCriteria.add(chip("With confirmed sanctions links", "chip-flagged", () -> flagged = false));
        }
        extraCriteria.setVisible(addedSince != null || flagged);
    }

    private Button chip(String label, String id, Runnable remove) {
        var chip = new Button(label + " ✕", event -> {
            remove.run();
            filterChanged();
        });
        chip.setId(id);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        chip.setTooltipText("Remove this criterion");
        return chip;
    }

    private void applyFilter(TransferFilter newFilter) {
        addedSince = newFilter.addedSince();
        flagged = newFilter.flagged();
        applyingFilter = true;
        try {
            supplier.setValue(newFilter.supplierCode() == null ? null
                    : countries.findByCode(newFilter.supplierCode()).orElse(null));
            recipient.setValue(newFilter.recipientCode() == null ? null
                    : countries.findByCode(newFilter.recipientCode()).orElse(null));
            either.setValue(newFilter.eitherDirection());
            kind.setValue(newFilter.kind());
            category.setValue(newFilter.categoryCode() == null ? null
                    : category.getListDataView().getItems()
                        .filter(c -> c.code().equals(newFilter.categoryCode())).findFirst().orElse(null));
            status.setValue(newFilter.status());
            confidence.setValue(newFilter.confidence());
            review.setValue(newFilter.reviewState());
            from.setValue(newFilter.periodFrom());
            to.setValue(newFilter.periodTo());
            issuer.setValue(newFilter.issuerCode());
            text.setValue(newFilter.text() == null ? "" : newFilter.text());
        }
        finally {
            applyingFilter = false;
        }
        filterChanged();
    }

    /** For tests and the URL: the filter the grid shows now. */
    TransferFilter filter() {
        return filter;
    }

    Map<String, String> filterParameters() {
        return TransferFilterParameters.toParameters(filter);
    }

    private static <E extends Enum<E> & DbEnum> Select<E> enumSelect(String label, E[] values) {
        var select = new Select<E>();
        select.setLabel(label);
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "Any" : value.label());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Any");
        return select;
    }

}
