package org.transferwatch.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.transferwatch.transfer.ShipmentMode;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferRoutes;
import org.transferwatch.transfer.TransferStatistics;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** ECharts options built from aggregates; each data item carries the link its click opens. */
public final class Charts {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** One colour per kind of goods, the same on the map and in the legend. */
    static final Map<TransferKind, String> COLOURS = Map.of(TransferKind.ARMS, "#c0392b",
            TransferKind.RAW_MATERIAL, "#d68910", TransferKind.DUAL_USE, "#1f6fb2");

    private Charts() {
    }

    /** One colour per mode of shipment, on the maps and in their legend, apart from the kinds' colours. */
    static final Map<ShipmentMode, String> MODE_COLOURS = Map.of(ShipmentMode.SEA, "#117a8b",
            ShipmentMode.RAIL, "#7d3c98", ShipmentMode.AIR, "#2e8b57", ShipmentMode.ROAD, "#8d6e63");

    /** The series name of the places on a route map, shown as the heading of a place's tooltip. */
    static final String PLACES = "Transfers with a shipment at the place";

    /**
     * Arcs from supplier to recipient on a world map, width by count, colour by kind; and the shipments' routes
     * through their places, colour by mode, each place linking to the transfers with a shipment there.
     */
    public static ObjectNode flowMap(List<TransferStatistics.PairCount> flows, Centroids centroids,
            TransferRoutes.RouteMap routes) {
        var option = flowMap(flows, centroids);
        addRoutes(option, routes, TransferFilter.NONE);
        return option;
    }

    /** Arcs from supplier to recipient on a world map, width by count, colour by kind. */
    public static ObjectNode flowMap(List<TransferStatistics.PairCount> flows, Centroids centroids) {
        var option = mapOption(30, 25, 1.15);
        var legendData = (ArrayNode) option.get("legend").get("data");
        var series = (ArrayNode) option.get("series");
        var max = flows.stream().mapToInt(TransferStatistics.PairCount::count).max().orElse(1);
        for (var kind : TransferKind.values()) {
            var lines = JSON.arrayNode();
            for (var flow : flows) {
                if (flow.kind() != kind) {
                    continue;
                }
                var from = centroids.of(flow.supplierCode());
                var to = centroids.of(flow.recipientCode());
                if (from.isEmpty() || to.isEmpty()) {
                    continue;
                }
                var line = lines.addObject();
                line.put("name", text(flow.supplierName()) + " → " + text(flow.recipientName()) + ": " + flow.count() + " ("
                        + kind.label().toLowerCase(Locale.ROOT) + ")");
                line.putArray("coords").add(point(from.get())).add(point(to.get()));
                line.put("value", flow.count());
                line.put("link", Links.transfers(TransferFilter.pair(flow.supplierCode(), flow.recipientCode())
                    .withKind(kind)));
                line.putObject("lineStyle").put("width", 1 + 7 * Math.sqrt((double) flow.count() / max));
            }
            if (lines.isEmpty()) {
                continue;
            }
            legendData.add(kind.label());
            var arcs = series.addObject();
            arcs.put("name", kind.label());
            arcs.put("type", "lines");
            arcs.put("coordinateSystem", "geo");
            // Each kind bends differently, so arms and raw materials between the same states stay apart.
            arcs.putObject("lineStyle").put("color", COLOURS.get(kind)).put("opacity", 0.8)
                .put("curveness", 0.15 + 0.15 * kind.ordinal());
            arcs.putObject("effect").put("show", true).put("symbol", "arrow").put("symbolSize", 6).put("period", 6)
                .put("trailLength", 0);
            arcs.set("data", lines);
        }
        return option;
    }

    /** A world map with a legend and no series yet, its tooltips drawn as text (see {@link #textTooltip}). */
    private static ObjectNode mapOption(double longitude, double latitude, double zoom) {
        var option = JSON.objectNode();
        textTooltip(option, "item");
        var legend = option.putObject("legend");
        legend.put("bottom", 0);
        legend.putArray("data");
        var geo = option.putObject("geo");
        geo.put("map", "world");
        geo.put("roam", true);
        geo.put("silent", true);
        geo.put("zoom", zoom);
        geo.putArray("center").add(longitude).add(latitude);
        geo.putObject("itemStyle").put("areaColor", "#e8edf2").put("borderColor", "#b8c4d0");
        option.putArray("series");
        return option;
    }

    /**
     * The routes of a filter's transfers on a map centred on their places, each place linking to the filter's
     * transfers with a shipment there.
     */
    public static ObjectNode routeMap(TransferRoutes.RouteMap routes, TransferFilter filter) {
        var places = routes.places().stream().map(TransferRoutes.PlaceCount::place).toList();
        var west = places.stream().mapToDouble(p -> p.longitude().doubleValue()).min().orElse(0);
        var east = places.stream().mapToDouble(p -> p.longitude().doubleValue()).max().orElse(0);
        var south = places.stream().mapToDouble(p -> p.latitude().doubleValue()).min().orElse(0);
        var north = places.stream().mapToDouble(p -> p.latitude().doubleValue()).max().orElse(0);
        // At zoom 1 the whole world fills the chart; the zoom that shows the places with a margin around them.
        var zoom = Math.min(360 / (2 * (east - west) + 4), 145 / (2 * (north - south) + 3));
        var option = mapOption((west + east) / 2, (south + north) / 2, Math.clamp(zoom, 1, 24));
        var points = addRoutes(option, routes, filter);
        if (points != null) {
            // Labels are drawn on the canvas as text, like the tooltips.
            points.putObject("label").put("show", true).put("position", "right").put("formatter", "{b}")
                .put("fontSize", 11);
        }
        return option;
    }

    /**
     * Lines through each route's places, one series per mode, and the places as points linking to the list;
     * returns the places' series, if there are places.
     */
    private static @Nullable ObjectNode addRoutes(ObjectNode option, TransferRoutes.RouteMap routes,
            TransferFilter filter) {
        if (routes.places().isEmpty()) {
            return null;
        }
        var legendData = (ArrayNode) option.get("legend").get("data");
        var series = (ArrayNode) option.get("series");
        var most = routes.routes().stream().mapToInt(TransferRoutes.Route::shipments).max().orElse(1);
        for (var mode : ShipmentMode.values()) {
            var lines = JSON.arrayNode();
            for (var route : routes.routes()) {
                var places = route.places();
                if (route.mode() != mode || places.size() < 2) {
                    continue;
                }
                var line = lines.addObject();
                line.put("name", text(route.label()) + ": " + route.shipments() + (route.shipments() == 1 ? " shipment" : " shipments"));
                var coords = line.putArray("coords");
                places.forEach(place -> coords.add(JSON.arrayNode().add(place.longitude()).add(place.latitude())));
                line.putObject("lineStyle").put("width", 1.5 + 4.5 * Math.sqrt((double) route.shipments() / most));
            }
            if (lines.isEmpty()) {
                continue;
            }
            legendData.add(mode.label());
            var legs = series.addObject();
            legs.put("name", mode.label());
            legs.put("type", "lines");
            legs.put("coordinateSystem", "geo");
            legs.put("polyline", true);
            legs.putObject("lineStyle").put("color", MODE_COLOURS.get(mode)).put("opacity", 0.85);
            legs.set("data", lines);
        }
        var busiest = routes.places().stream().mapToInt(TransferRoutes.PlaceCount::transfers).max().orElse(1);
        var points = JSON.arrayNode();
        for (var count : routes.places()) {
            var place = count.place();
            var point = points.addObject();
            point.put("name", text(TransferRoutes.placeLabel(place)));
            point.putArray("value").add(place.longitude()).add(place.latitude()).add(count.transfers());
            point.put("symbolSize", 7 + 9 * Math.sqrt((double) count.transfers() / busiest));
            point.put("link", Links.transfers(filter.withPlace(place.id())));
        }
        var places = series.addObject();
        places.put("name", PLACES);
        places.put("type", "scatter");
        places.put("coordinateSystem", "geo");
        places.putObject("encode").put("tooltip", 2);
        places.putObject("itemStyle").put("color", "#1f4e79").put("borderColor", "#ffffff").put("borderWidth", 1);
        places.set("data", points);
        return places;
    }

    /**
     * The chart's tooltip, drawn as text on the canvas (ECharts' rich text), never as HTML, on every chart, so
     * that no name from the data can become markup; no option sets a tooltip formatter. ECharts 5.3.1 puts a
     * lines item's name into an HTML tooltip as it is, unescaped; rich text never parses it.
     */
    private static void textTooltip(ObjectNode option, String trigger) {
        option.putObject("tooltip").put("trigger", trigger).put("renderMode", "richText");
    }

    /**
     * A name from the data (a country's, a place's) as a chart shows it: with its angle brackets replaced by
     * look-alike quotation marks, so that whatever renders it (ECharts' canvas text, an HTML tooltip of a later
     * option or version) no tag can form. Entities would be safe in HTML too, but the canvas draws them as
     * they are ("&amp;"), and names such as "Trinidad & Tobago" must read right.
     */
    static String text(String name) {
        return name.replace('<', '\u2039').replace('>', '\u203A');
    }

    private static ArrayNode point(Centroids.Point point) {
        return JSON.arrayNode().add(point.longitude()).add(point.latitude());
    }

    /** Bars per month; a bar links to the list filtered to that month's period. */
    public static ObjectNode timeline(List<TransferStatistics.MonthCount> months, TransferFilter filter) {
        var option = JSON.objectNode();
        textTooltip(option, "axis");
        option.putObject("grid").put("left", 40).put("right", 16).put("top", 16).put("bottom", 40);
        var axis = option.putObject("xAxis");
        axis.put("type", "category");
        var labels = axis.putArray("data");
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        var data = JSON.arrayNode();
        for (var month : months) {
            labels.add(MONTH.format(month.month()));
            var bar = data.addObject();
            bar.put("value", month.count());
            bar.put("link", Links.transfers(filter.withPeriod(month.month(),
                    month.month().plusMonths(1).minusDays(1))));
        }
        var series = option.putArray("series").addObject();
        series.put("name", "Transfers");
        series.put("type", "bar");
        series.putObject("itemStyle").put("color", "#1f4e79");
        series.set("data", data);
        return option;
    }

    /** Bars per month for both directions of a pair, each linking to its direction's list. */
    public static ObjectNode pairTimeline(List<TransferStatistics.MonthCount> aToB, List<TransferStatistics.MonthCount> bToA,
            String a, String aName, String b, String bName) {
        var option = timeline(aToB, TransferFilter.pair(a, b));
        option.putObject("legend").put("bottom", 0);
        var first = (ObjectNode) option.get("series").get(0);
        first.put("name", text(aName) + " → " + text(bName));
        var second = ((ArrayNode) option.get("series")).addObject();
        second.put("name", text(bName) + " → " + text(aName));
        second.put("type", "bar");
        second.putObject("itemStyle").put("color", "#d68910");
        var data = second.putArray("data");
        for (var month : bToA) {
            var bar = data.addObject();
            bar.put("value", month.count());
            bar.put("link", Links.transfers(TransferFilter.pair(b, a).withPeriod(month.month(),
                    month.month().plusMonths(1).minusDays(1))));
        }
        option.putObject("grid").put("left", 40).put("right", 16).put("top", 16).put("bottom", 56);
        return option;
    }

}
