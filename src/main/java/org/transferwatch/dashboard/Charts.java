package org.transferwatch.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferKind;
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

    /** Arcs from supplier to recipient on a world map, width by count, colour by kind. */
    public static ObjectNode flowMap(List<TransferStatistics.PairCount> flows, Centroids centroids) {
        var option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "item");
        var legend = option.putObject("legend");
        legend.put("bottom", 0);
        var legendData = legend.putArray("data");
        var geo = option.putObject("geo");
        geo.put("map", "world");
        geo.put("roam", true);
        geo.put("silent", true);
        geo.put("zoom", 1.15);
        geo.putArray("center").add(30).add(25);
        geo.putObject("itemStyle").put("areaColor", "#e8edf2").put("borderColor", "#b8c4d0");
        var series = option.putArray("series");
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
                line.put("name", flow.supplierName() + " → " + flow.recipientName() + ": " + flow.count() + " ("
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

    private static ArrayNode point(Centroids.Point point) {
        return JSON.arrayNode().add(point.longitude()).add(point.latitude());
    }

    /** Bars per month; a bar links to the list filtered to that month's period. */
    public static ObjectNode timeline(List<TransferStatistics.MonthCount> months, TransferFilter filter) {
        var option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
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
        first.put("name", aName + " → " + bName);
        var second = ((ArrayNode) option.get("series")).addObject();
        second.put("name", bName + " → " + aName);
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
