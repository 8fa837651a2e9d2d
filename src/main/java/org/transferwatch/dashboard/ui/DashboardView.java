package org.transferwatch.dashboard.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.transferwatch.base.ui.EChart;
import org.transferwatch.dashboard.Centroids;
import org.transferwatch.dashboard.Charts;
import org.transferwatch.dashboard.Links;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferStatistics;
import org.transferwatch.transfer.TransferStatisticsService;

/**
 * The landing page: the figures that matter, a supplier × recipient matrix, the flow map, the monthly
 * timeline and the latest additions. Every figure, cell, arc and bar links to the list filtered to match.
 */
@Route("")
@RouteAlias("dashboard")
@PageTitle("Dashboard · TransferWatch")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:dashboard")
@RolesAllowed(Role.VIEWER_NAME)
public class DashboardView extends VerticalLayout {

    static final int MATRIX_SIZE = 8;

    static final int TIMELINE_YEARS = 5;

    static final int LATEST = 8;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public DashboardView(TransferStatisticsService statistics, Centroids centroids) {
        addClassName("dashboard-view");
        var title = new H1("Dashboard");
        title.addClassName("view-title");
        var filter = TransferFilter.NONE;
        var today = LocalDate.now();
        var dashboard = statistics.dashboard(MATRIX_SIZE, 150, today.minusYears(TIMELINE_YEARS).withDayOfMonth(1), today,
                LATEST);
        add(title, figures(dashboard.overview(), dashboard.designatedParty(), filter));

        var matrix = dashboard.matrix();
        var flows = dashboard.flows();
        var months = dashboard.months();

        var map = new EChart(true, Links::open);
        map.setId("flow-map");
        map.addClassName("flow-map");
        map.setOption(Charts.flowMap(flows, centroids, dashboard.routes()));
        var timeline = new EChart(false, Links::open);
        timeline.setId("timeline");
        timeline.addClassName("timeline-chart");
        timeline.setOption(Charts.timeline(months, filter));

        var left = section("Supplier × recipient", matrix(matrix, filter),
                new Paragraph("The " + MATRIX_SIZE + " biggest suppliers and recipients by number of transfers."));
        var right = section("Flow map", map, topFlows(flows), new Paragraph("Arcs join supplier and recipient states; "
                + "straight lines follow shipments from loading through the crossing to discharge. A place opens the "
                + "transfers with a shipment there."));
        var panels = new FlexLayout(left, right);
        panels.addClassName("dashboard-panels");
        panels.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        panels.setWidthFull();
        add(panels);
        add(section("Reported transfers per month (last " + TIMELINE_YEARS + " years, by period)", timeline));
        add(section("Latest additions", latest(dashboard.latest())));
    }

    private static Div section(String heading, Component... content) {
        var section = new Div();
        section.addClassName("dashboard-section");
        section.add(new H3(heading));
        section.add(content);
        return section;
    }

    private static Div figures(TransferStatistics.Overview overview, int designatedParty, TransferFilter filter) {
        var figures = new Div();
        figures.setId("figures");
        figures.addClassName("dashboard-figures");
        figures.add(figure("figure-total", "Transfers", overview.total(), Links.transfers(filter)));
        figures.add(figure("figure-new", "New in the last 30 days", overview.addedLast30Days(),
                Links.transfers(filter.withAddedSince(overview.addedSince()))));
        figures.add(figure("figure-flagged", "With confirmed sanctions links", overview.flagged(),
                Links.transfers(filter.withFlagged(true))));
        figures.add(figure("figure-designated", "Designated party involved", designatedParty,
                Links.transfers(filter.withDesignatedParty(true))));
        for (var level : Confidence.values()) {
            figures.add(figure("figure-confidence-" + level.dbValue(), level.label() + " confidence",
                    overview.byConfidence().get(level), Links.transfers(filter.withConfidence(level))));
        }
        for (var kind : TransferKind.values()) {
            figures.add(figure("figure-kind-" + kind.dbValue(), kind.label(), overview.byKind().get(kind),
                    Links.transfers(filter.withKind(kind))));
        }
        return figures;
    }

    /** A figure that links to the list showing its transfers; the pair page shows its counts the same way. */
    static Anchor figure(String id, String label, int value, String link) {
        var number = new Span(String.format(Locale.ENGLISH, "%,d", value));
        number.addClassName("figure-value");
        var caption = new Span(label);
        caption.addClassName("figure-label");
        var figure = new Anchor(link, number, caption);
        figure.setId(id);
        figure.addClassName("figure");
        figure.getElement().setAttribute("router-link", true);
        return figure;
    }

    private static Component matrix(TransferStatistics.Matrix matrix, TransferFilter filter) {
        var table = new Div();
        table.setId("matrix");
        table.addClassName("matrix");
        if (matrix.suppliers().isEmpty()) {
            table.add(new Paragraph("No transfers yet."));
            return table;
        }
        table.getStyle().set("grid-template-columns", "minmax(7rem, 10rem) repeat(" + matrix.recipients().size()
                + ", minmax(2.5rem, 4.5rem))");
        var corner = new Span("Supplier ↓ · Recipient →");
        corner.addClassName("matrix-corner");
        table.add(corner);
        for (var recipient : matrix.recipients()) {
            var header = link(recipient.name(), Links.transfers(filter.withPair(null, recipient.code(), false)));
            header.addClassNames("matrix-header", "matrix-column");
            header.setTitle(recipient.name() + ": " + recipient.count() + " transfers received");
            table.add(header);
        }
        var max = Math.max(1, matrix.max());
        for (var supplier : matrix.suppliers()) {
            var header = link(supplier.name(), Links.transfers(filter.withPair(supplier.code(), null, false)));
            header.addClassNames("matrix-header", "matrix-row");
            header.setTitle(supplier.name() + ": " + supplier.count() + " transfers supplied");
            table.add(header);
            for (var recipient : matrix.recipients()) {
                var count = matrix.count(supplier.code(), recipient.code());
                var cell = new Div();
                cell.addClassName("matrix-cell");
                if (count > 0) {
                    var alpha = 0.12 + 0.78 * Math.sqrt((double) count / max);
                    cell.getStyle().set("background", String.format(Locale.ROOT, "rgba(31, 78, 121, %.2f)", alpha));
                    if (alpha > 0.5) {
                        cell.addClassName("dark");
                    }
                    var number = link(Integer.toString(count),
                            Links.transfers(filter.withPair(supplier.code(), recipient.code(), false)));
                    number.setId("cell-" + supplier.code() + "-" + recipient.code());
                    number.setTitle(supplier.name() + " → " + recipient.name() + ": " + count + " transfers");
                    var pair = link("⇄", Links.pair(supplier.code(), recipient.code()));
                    pair.addClassName("matrix-pair");
                    pair.setTitle("Country-pair page and briefing: " + supplier.name() + " and " + recipient.name());
                    cell.add(number, pair);
                }
                table.add(cell);
            }
        }
        return table;
    }

    private static Component topFlows(List<TransferStatistics.PairCount> flows) {
        var list = new Div();
        list.setId("top-flows");
        list.addClassName("top-flows");
        flows.stream()
            .map(flow -> flow.supplierCode().compareTo(flow.recipientCode()) < 0
                    ? flow.supplierCode() + "/" + flow.recipientCode() + "/" + flow.supplierName() + " ⇄ " + flow.recipientName()
                    : flow.recipientCode() + "/" + flow.supplierCode() + "/" + flow.recipientName() + " ⇄ " + flow.supplierName())
            .distinct()
            .limit(6)
            .forEach(key -> {
                var parts = key.split("/", 3);
                var link = link(parts[2] + " — pair briefing", Links.pair(parts[0], parts[1]));
                link.addClassName("top-flow");
                list.add(link);
            });
        return list;
    }

    private static Component latest(List<TransferRow> rows) {
        var list = new Div();
        list.setId("latest");
        list.addClassName("latest");
        if (rows.isEmpty()) {
            list.add(new Paragraph("No transfers yet."));
        }
        for (var row : rows) {
            var link = link(row.pairLabel() + " · " + row.item(), "transfers/" + row.id());
            var meta = new Span(row.status().label() + " · " + (row.period() == null ? "no period" : row.period().label())
                    + " · " + row.evidence().label());
            meta.addClassName("latest-meta");
            var item = new Div(link, meta);
            item.addClassName("latest-item");
            list.add(item);
        }
        return list;
    }

    private static Anchor link(String text, String href) {
        var anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    static String month(LocalDate date) {
        return MONTH.format(date);
    }

}
