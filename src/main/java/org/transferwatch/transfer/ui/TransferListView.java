package org.transferwatch.transfer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferSort;

/** The transfers list: a grid paged, sorted and counted in SQL. */
@Route("transfers")
@RouteAlias("")
@PageTitle("Transfers · TransferWatch")
@Menu(title = "Transfers", order = 1, icon = "vaadin:exchange")
@RolesAllowed(Role.VIEWER_NAME)
public class TransferListView extends VerticalLayout {

    private final TransferService transfers;

    private final Grid<TransferRow> grid = new Grid<>();

    private TransferFilter filter = TransferFilter.NONE;

    public TransferListView(TransferService transfers) {
        this.transfers = transfers;
        setSizeFull();
        var title = new H2("Transfers");
        title.addClassName("view-title");

        grid.setId("transfers-grid");
        grid.setSizeFull();
        grid.setPageSize(50);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TransferRow::pairLabel).setHeader("Supplier → recipient").setKey("pair")
            .setSortable(true).setWidth("12rem").setFlexGrow(0);
        grid.addColumn(TransferRow::item).setHeader("Item").setKey("item").setSortable(true).setFlexGrow(1);
        grid.addColumn(row -> row.quantity().label()).setHeader("Quantity").setKey("quantity").setWidth("11rem")
            .setFlexGrow(0);
        grid.addColumn(row -> row.period() == null ? "—" : row.period().label()).setHeader("Period")
            .setKey("period").setSortable(true).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setKey("status").setSortable(true)
            .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.confidence().label()).setHeader("Confidence").setKey("confidence")
            .setSortable(true).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.evidence().label()).setHeader("Evidence").setKey("evidence").setWidth("12rem")
            .setFlexGrow(0);
        grid.addColumn(row -> row.reviewState().label()).setHeader("Review").setKey("review").setWidth("6.5rem")
            .setFlexGrow(0);
        grid.setItems(query -> transfers.page(filter, sortOf(query.getSortOrders()), query.getOffset(), query.getLimit())
            .stream(), query -> transfers.count(filter));

        var empty = new Span("No transfers match.");
        grid.setEmptyStateComponent(empty);
        add(title, grid);
    }

    private static TransferSort sortOf(java.util.List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return TransferSort.NEWEST;
        }
        return switch (orders.getFirst().getSorted()) {
            case "pair" -> TransferSort.PAIR;
            case "item" -> TransferSort.ITEM;
            case "period" -> TransferSort.PERIOD;
            case "status" -> TransferSort.STATUS;
            case "confidence" -> TransferSort.CONFIDENCE;
            default -> TransferSort.NEWEST;
        };
    }

}
