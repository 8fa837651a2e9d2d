package org.transferwatch.transfer.ui;

import java.util.Collection;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.transferwatch.transfer.TransferCount;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferSort;

/**
 * The transfers list's grid: its columns, their sort orders and the empty state. It fetches nothing itself;
 * the view gives it its rows and its size, both read in SQL.
 */
class TransferGrid extends Grid<TransferRow> {

    static final int PAGE_SIZE = 50;

    /** @param clearFilter what the empty state's "Clear the filter" does */
    TransferGrid(Runnable clearFilter) {
        setId("transfers-grid");
        setSizeFull();
        setPageSize(PAGE_SIZE);
        // One line per row, as far as the columns allow: a cell too narrow ends in an ellipsis, its tooltip has it all.
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(row -> "#" + row.id()).setHeader("No.").setKey("number").setWidth("5.5rem").setFlexGrow(0)
            .setTooltipGenerator(row -> "Transfer #" + row.id());
        addColumn(TransferRow::pairLabel).setHeader("Supplier → recipient").setKey("pair")
            .setSortable(true).setWidth("10.5rem").setFlexGrow(0).setTooltipGenerator(TransferRow::pairLabel);
        addColumn(TransferRow::item).setHeader("Item").setKey("item").setSortable(true).setFlexGrow(1)
            .setTooltipGenerator(TransferRow::item);
        addColumn(row -> row.designation() == null ? "" : row.designation()).setHeader("Designation")
            .setKey("designation").setWidth("9rem").setFlexGrow(0)
            .setTooltipGenerator(row -> row.designation() == null ? "" : row.designation());
        addColumn(row -> row.quantity().label()).setHeader("Quantity").setKey("quantity").setWidth("9rem")
            .setFlexGrow(0).setTooltipGenerator(row -> row.quantity().label());
        addColumn(row -> row.period() == null ? "—" : row.period().label()).setHeader("Period")
            .setKey("period").setSortable(true).setWidth("6.5rem").setFlexGrow(0);
        addColumn(row -> row.status().label()).setHeader("Status").setKey("status").setSortable(true)
            .setWidth("8.5rem").setFlexGrow(0);
        addColumn(row -> row.confidence().label()).setHeader("Confidence").setKey("confidence")
            .setSortable(true).setWidth("7.5rem").setFlexGrow(0);
        addColumn(row -> row.evidence().label()).setHeader("Evidence").setKey("evidence").setWidth("10rem")
            .setFlexGrow(0).setTooltipGenerator(row -> row.evidence().label());
        addColumn(row -> row.reviewState().label()).setHeader("Review").setKey("review").setWidth("6rem")
            .setFlexGrow(0);
        addComponentColumn(TransferGrid::designatedBadge).setHeader("Designated party").setKey("designated")
            .setWidth("9.5rem").setFlexGrow(0);

        var emptyMessage = new Span("No transfers match this filter.");
        var clear = new Button("Clear the filter", event -> clearFilter.run());
        clear.setId("empty-clear-filter");
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var empty = new VerticalLayout(emptyMessage, clear);
        empty.setId("transfers-empty");
        empty.setAlignItems(FlexComponent.Alignment.CENTER);
        setEmptyStateComponent(empty);
    }

    /** The columns a user may show or hide, in the grid's order. */
    List<Column<TransferRow>> choosableColumns() {
        return getColumns();
    }

    /** Shows the columns of these keys and hides the others; keys of no column (any more) are ignored. */
    void showOnly(Collection<String> keys) {
        var known = getColumns().stream().map(Column::getKey).filter(keys::contains).count();
        if (known == 0) {
            return;
        }
        getColumns().forEach(column -> column.setVisible(keys.contains(column.getKey())));
    }

    /** The keys of the columns shown now. */
    List<String> shownKeys() {
        return getColumns().stream().filter(Column::isVisible).map(Column::getKey).toList();
    }

    /** A badge when a party of the transfer is confirmed to be a listed designation; nothing otherwise. */
    static Span designatedBadge(TransferRow row) {
        if (!row.designatedParty()) {
            return new Span();
        }
        var badge = new Span("Designated party");
        badge.getElement().getThemeList().add("badge error small");
        badge.setTitle("A party of this transfer, or a shipment's vessel, is confirmed to be a listed designation.");
        return badge;
    }

    /**
     * Sizes the grid by the count: an exact count is the grid's size; beyond
     * {@link TransferListService#EXACT_COUNT_LIMIT} the size is an estimate that grows as the user scrolls
     * (Vaadin's undefined-size lazy loading).
     */
    void sizeBy(TransferCount total) {
        var dataView = getLazyDataView();
        if (total.exact()) {
            var size = total.value();
            dataView.setItemCountCallback(query -> size);
        }
        else {
            dataView.setItemCountEstimate(total.value() + 1);
            dataView.setItemCountEstimateIncrease(total.value());
        }
    }

    /** The columns whose header sorts the list. */
    static final List<String> SORTABLE_KEYS = List.of("pair", "item", "period", "status", "confidence");

    /**
     * Offers the column sorts only for a list of at most {@link TransferListService#EXACT_COUNT_LIMIT} transfers.
     * Sorting a bigger list by a column reads and sorts all of it (docs/performance.md, issue 22); an index per
     * column would make every import pay for it instead. Newest first, the order without a sort, stays
     * fast at any size. Returns whether a sort the user had picked was dropped.
     */
    boolean offerSorts(boolean narrowEnough) {
        SORTABLE_KEYS.forEach(key -> getColumnByKey(key).setSortable(narrowEnough));
        if (!narrowEnough && !getSortOrder().isEmpty()) {
            sort(null);
            return true;
        }
        return false;
    }

    /** The sort the user picked in the column headers. */
    TransferSort currentSort() {
        return sortOf(getSortOrder().stream()
            .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
            .toList());
    }

    /** The sort of a fetch's sort orders: the first one counts, newest first without any. */
    static TransferSort sortOf(List<QuerySortOrder> orders) {
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

}
