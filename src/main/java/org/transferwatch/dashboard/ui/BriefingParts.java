package org.transferwatch.dashboard.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.transferwatch.base.ui.EChart;
import org.transferwatch.dashboard.Briefing;
import org.transferwatch.dashboard.Charts;
import org.transferwatch.dashboard.Links;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferRoutes;

/** The pair page's sections on the transfers' parts: the routes' map, the parties and the shipments. */
final class BriefingParts {

    private BriefingParts() {
    }

    /** The routes through their places; a place opens the pair's transfers with a shipment there. */
    static Component routes(Briefing pair, TransferFilter both) {
        if (pair.routes().places().isEmpty()) {
            return new Paragraph("No shipment of these transfers names the places it passed.");
        }
        var map = new EChart(true, Links::open);
        map.setId("pair-routes");
        map.addClassName("flow-map");
        map.setOption(Charts.routeMap(pair.routes(), both));
        var list = new Div();
        list.setId("pair-route-list");
        list.addClassName("top-flows");
        for (var route : pair.routes().routes()) {
            if (route.places().isEmpty()) {
                continue;
            }
            list.add(new Span(route.label() + " (" + route.mode().label().toLowerCase(Locale.ROOT) + "): "
                    + count(route.shipments(), "shipment")));
        }
        return new Div(map, list);
    }

    /** The parties with their roles, kind, country and designations, designated ones first. */
    static Component parties(Briefing pair) {
        if (pair.parties().isEmpty()) {
            return new Paragraph("No party of these transfers is recorded.");
        }
        var grid = BriefingParts.<Briefing.PartyLine>listGrid("pair-parties");
        grid.addColumn(line -> line.line().party().name()).setHeader("Party").setKey("party").setFlexGrow(1);
        grid.addColumn(line -> line.line().party().kind().label()).setHeader("Kind").setKey("kind").setWidth("8rem")
            .setFlexGrow(0);
        grid.addColumn(line -> line.countryName() == null ? "—" : line.countryName()).setHeader("Country")
            .setKey("country").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(line -> line.line().rolesLabel()).setHeader("Roles").setKey("roles").setWidth("12rem")
            .setFlexGrow(0);
        grid.addColumn(line -> line.line().transfers()).setHeader("Transfers").setKey("transfers").setWidth("6rem")
            .setFlexGrow(0);
        grid.addComponentColumn(BriefingParts::designated).setHeader("Designated").setKey("designated")
            .setWidth("12rem").setFlexGrow(0);
        grid.setItems(pair.parties());
        var box = new Div(grid);
        if (pair.partiesTotal() > pair.parties().size()) {
            box.add(new Paragraph("The " + pair.parties().size() + " most involved of " + pair.partiesTotal()
                    + " parties are shown, designated ones first."));
        }
        return box;
    }

    /** A badge and the designations' references, each linking to its page; nothing for a party not designated. */
    private static Component designated(Briefing.PartyLine line) {
        var cell = new Div();
        if (!line.line().party().designated()) {
            return cell;
        }
        var badge = new Span("Designated");
        badge.getElement().getThemeList().add("badge error small");
        cell.add(badge);
        for (var designation : line.designations()) {
            var link = new Anchor("designations/" + designation.id(), designation.reference());
            link.getElement().setAttribute("router-link", true);
            link.getStyle().set("margin-left", "var(--lumo-space-xs)");
            cell.add(link);
        }
        return cell;
    }

    /** The shipments with their dates, mode, vessel or carrier and places; a row opens its transfer. */
    static Component shipments(Briefing pair) {
        var shipments = pair.shipments();
        if (shipments.lines().isEmpty()) {
            return new Paragraph("No shipment of these transfers is recorded.");
        }
        var grid = BriefingParts.<TransferRoutes.ShipmentLine>listGrid("pair-shipments");
        grid.addColumn(TransferRoutes.ShipmentLine::periodLabel).setHeader("Period").setKey("period").setWidth("8rem")
            .setFlexGrow(0);
        grid.addColumn(line -> line.mode().label() + (line.shipToShip() ? ", ship-to-ship" : "")).setHeader("Mode")
            .setKey("mode").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(TransferRoutes.ShipmentLine::carriersLabel).setHeader("Vessel or carrier").setKey("carrier")
            .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(line -> TransferRoutes.ShipmentLine.placeName(line.from())).setHeader("From").setKey("from")
            .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(line -> TransferRoutes.ShipmentLine.placeName(line.via())).setHeader("Via").setKey("via")
            .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(line -> TransferRoutes.ShipmentLine.placeName(line.to())).setHeader("To").setKey("to")
            .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(line -> line.quantity().label()).setHeader("Quantity").setKey("quantity").setWidth("9rem")
            .setFlexGrow(0);
        grid.addColumn(line -> line.supplierCode() + " → " + line.recipientCode() + " · " + line.transferItem())
            .setHeader("Transfer").setKey("transfer").setFlexGrow(1);
        grid.setItems(shipments.lines());
        grid.addItemClickListener(event -> Links.open("transfers/" + event.getItem().transferId()));
        var box = new Div(grid);
        if (shipments.total() > shipments.lines().size()) {
            box.add(new Paragraph("The " + shipments.lines().size() + " with the latest periods of " + shipments.total()
                    + " shipments are shown."));
        }
        return box;
    }

    /** A compact grid that shows all its rows, as the pair page's lists are: the page prints whole. */
    static <T> Grid<T> listGrid(String id) {
        var grid = new Grid<T>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

}
