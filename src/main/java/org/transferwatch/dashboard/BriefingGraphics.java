package org.transferwatch.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.transferwatch.transfer.PeriodPrecision;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferStatistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The briefing's two pictures, drawn on the server as PNG for the PDF and the Word file alike: the timeline, where
 * a record known only to the quarter or year is one light band over its whole span (never twelve monthly bars),
 * and the map of the pair's flows, arcs from supplier to recipient by kind over the countries' outlines.
 */
@Component
public class BriefingGraphics {

    /** Pixels per point: the pictures are drawn at twice their printed size, so they stay sharp. */
    static final int SCALE = 2;

    private static final Color INK = new Color(40, 40, 40);

    private static final Color GRID = new Color(220, 224, 230);

    private static final Color[] DIRECTION_COLOURS = { new Color(31, 78, 121), new Color(214, 137, 16) };

    private static final int MAX_LANES = 10;

    private final Centroids centroids;

    private volatile List<Country> outlines;

    /** A country's outline rings, in longitude and latitude. */
    private record Country(String code, List<double[][]> rings) {
    }

    BriefingGraphics(Centroids centroids) {
        this.centroids = centroids;
    }

    /** The pictures' printed width in points, and the map's height. */
    static final int WIDTH = 500;

    static final int MAP_HEIGHT = 220;

    /** The briefing's two pictures as PNG, drawn once and put into both the PDF and the Word file. */
    public record Pictures(byte[] timeline, int timelineHeight, byte[] map) {
    }

    /** Draws both pictures of the briefing. */
    public Pictures pictures(BriefingDocument document) {
        var timelineHeight = timelineHeight(document);
        return new Pictures(timeline(document, WIDTH, timelineHeight), timelineHeight, map(document, WIDTH, MAP_HEIGHT));
    }

    /** The timeline's height in points: a band per direction, taller when its records overlap in many lanes. */
    public static int timelineHeight(BriefingDocument document) {
        return 74 + document.directions().size() * 56;
    }

    /** The timeline: one band per direction, a bar per record across its period; {@code width} and {@code height} in points. */
    public byte[] timeline(BriefingDocument document, int width, int height) {
        var image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        var g = graphics(image);
        var spans = document.timeline();
        if (spans.isEmpty()) {
            return png(image);
        }
        var first = spans.stream().map(TransferStatistics.PeriodSpan::start).min(LocalDate::compareTo).orElseThrow()
            .withDayOfYear(1);
        var last = spans.stream().map(TransferStatistics.PeriodSpan::end).max(LocalDate::compareTo).orElseThrow()
            .withDayOfYear(1).plusYears(1);
        var days = (double) ChronoUnit.DAYS.between(first, last);
        double left = 120;
        double right = width - 12;
        double top = 8;
        double legendHeight = 40;
        double axisHeight = 16;
        var directions = document.directions();
        double bandHeight = (height - top - legendHeight - axisHeight) / Math.max(1, directions.size());

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
        var metrics = g.getFontMetrics();
        // The years: a gridline at each year's start, labelled, fewer labels when there are many years.
        var years = last.getYear() - first.getYear();
        var step = years <= 12 ? 1 : years <= 30 ? 5 : 10;
        for (var year = first.getYear(); year <= last.getYear(); year++) {
            var x = left + (right - left) * ChronoUnit.DAYS.between(first, LocalDate.of(year, 1, 1)) / days;
            g.setColor(GRID);
            g.draw(new java.awt.geom.Line2D.Double(x, top, x, height - legendHeight - axisHeight));
            if (year < last.getYear() && (year - first.getYear()) % step == 0) {
                g.setColor(INK);
                var mid = left + (right - left) * ChronoUnit.DAYS.between(first, LocalDate.of(year, 7, 1)) / days;
                var label = Integer.toString(year);
                g.drawString(label, (float) (mid - metrics.stringWidth(label) / 2.0),
                        (float) (height - legendHeight - axisHeight + 11));
            }
        }
        for (int d = 0; d < directions.size(); d++) {
            var direction = directions.get(d);
            var colour = DIRECTION_COLOURS[d % DIRECTION_COLOURS.length];
            var bandTop = top + d * bandHeight;
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 8));
            drawWrapped(g, direction.label(), 4, bandTop + 12, left - 10);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7));
            g.drawString(BriefingText.count(direction.total(), "transfer"), 4f, (float) (bandTop + bandHeight - 6));
            // A pair's directions share the spans by supplier; a list's one side has them all.
            var ofDirection = directions.size() == 1 ? spans
                    : spans.stream().filter(span -> span.supplierCode().equals(direction.supplier().code())).toList();
            // Lanes: a span goes into the first lane where it overlaps nothing; beyond the last lane they overlap.
            var laneEnds = new ArrayList<LocalDate>();
            var placed = new ArrayList<int[]>();
            for (var span : ofDirection) {
                var lane = 0;
                while (lane < laneEnds.size() && !laneEnds.get(lane).isBefore(span.start())) {
                    lane++;
                }
                if (lane >= MAX_LANES) {
                    lane = MAX_LANES - 1;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(span.end());
                }
                else if (span.end().isAfter(laneEnds.get(lane))) {
                    laneEnds.set(lane, span.end());
                }
                placed.add(new int[] { lane });
            }
            var lanes = Math.max(1, laneEnds.size());
            var laneHeight = Math.min(14, (bandHeight - 6) / lanes);
            for (int i = 0; i < ofDirection.size(); i++) {
                var span = ofDirection.get(i);
                var x0 = left + (right - left) * ChronoUnit.DAYS.between(first, span.start()) / days;
                var x1 = left + (right - left) * ChronoUnit.DAYS.between(first, span.end().plusDays(1)) / days;
                var y = bandTop + 3 + placed.get(i)[0] * laneHeight;
                var coarse = span.precision() == PeriodPrecision.YEAR || span.precision() == PeriodPrecision.QUARTER;
                // A hairline gap between neighbours, so that Q4 2022 and 2023 read as two records.
                var bar = new java.awt.geom.Rectangle2D.Double(x0 + 0.5, y, Math.max(2.5, x1 - x0 - 1), laneHeight - 2);
                g.setColor(coarse ? new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 60) : colour);
                g.fill(bar);
                if (coarse) {
                    g.setColor(colour);
                    g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 2, 1.5f }, 0));
                    g.draw(bar);
                    g.setStroke(new BasicStroke(1));
                }
                if (span.count() > 1 && bar.width > 16) {
                    g.setColor(coarse ? colour.darker() : Color.WHITE);
                    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 7));
                    g.drawString("\u00D7" + span.count(), (float) (x0 + 2), (float) (y + laneHeight - 4.5));
                }
            }
            g.setColor(GRID);
            g.draw(new java.awt.geom.Line2D.Double(4, bandTop + bandHeight, right, bandTop + bandHeight));
        }
        // The legend says what a light band means.
        var legendTop = height - legendHeight + 6;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
        g.setColor(DIRECTION_COLOURS[0]);
        g.fill(new java.awt.geom.Rectangle2D.Double(left, legendTop, 14, 8));
        g.setColor(INK);
        g.drawString("period known to the month or day", (float) (left + 18), (float) (legendTop + 7.5));
        var second = left + 18 + metrics.stringWidth("period known to the month or day") + 24;
        g.setColor(new Color(31, 78, 121, 60));
        g.fill(new java.awt.geom.Rectangle2D.Double(second, legendTop, 14, 8));
        g.setColor(DIRECTION_COLOURS[0]);
        g.draw(new java.awt.geom.Rectangle2D.Double(second, legendTop, 14, 8));
        g.setColor(INK);
        g.drawString("period known only to the quarter or year", (float) (second + 18), (float) (legendTop + 7.5));
        // Two lines: one would run off the picture's right edge.
        g.drawString("A light band spans the whole quarter or year the record is known to: it is not monthly activity.",
                (float) left, (float) (legendTop + 19));
        g.drawString("\u00D7n: n records with the same period.", (float) left, (float) (legendTop + 28));
        g.dispose();
        return png(image);
    }

    /** The map: the pair's states highlighted, an arc per kind and direction, width by count, labelled. */
    public byte[] map(BriefingDocument document, int width, int height) {
        var image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        var g = graphics(image);
        // A list's briefing without a pair shows the world, its busiest flows drawn on it.
        var a = document.a() == null || document.b() == null ? java.util.Optional.<Centroids.Point>empty() : centroids.of(document.a().code());
        var b = document.a() == null || document.b() == null ? java.util.Optional.<Centroids.Point>empty() : centroids.of(document.b().code());
        var states = new java.util.LinkedHashMap<String, org.transferwatch.country.Country>();
        java.util.stream.Stream.of(document.a(), document.b()).filter(java.util.Objects::nonNull)
            .forEach(state -> states.put(state.code(), state));
        document.flows().forEach(flow -> {
            states.putIfAbsent(flow.supplier().code(), flow.supplier());
            states.putIfAbsent(flow.recipient().code(), flow.recipient());
        });
        double west = -180;
        double east = 180;
        double south = -60;
        double north = 85;
        if (a.isPresent() && b.isPresent()) {
            var lonMin = Math.min(a.get().longitude(), b.get().longitude());
            var lonMax = Math.max(a.get().longitude(), b.get().longitude());
            var latMin = Math.min(a.get().latitude(), b.get().latitude());
            var latMax = Math.max(a.get().latitude(), b.get().latitude());
            var lonSpan = Math.max(50, (lonMax - lonMin) * 1.6);
            var centreLon = (lonMin + lonMax) / 2;
            var centreLat = (latMin + latMax) / 2;
            // The frame keeps the picture's proportions, so that the countries are not stretched.
            var latSpan = lonSpan * height / width;
            latSpan = Math.max(latSpan, (latMax - latMin) * 1.8);
            lonSpan = Math.max(lonSpan, latSpan * width / height);
            west = centreLon - lonSpan / 2;
            east = centreLon + lonSpan / 2;
            south = centreLat - latSpan / 2;
            north = centreLat + latSpan / 2;
        }
        var frame = new double[] { west, east, south, north };
        g.setColor(new Color(242, 246, 250));
        g.fillRect(0, 0, width, height);
        for (var country : outlines()) {
            var path = new Path2D.Double();
            for (var ring : country.rings()) {
                for (int i = 0; i < ring.length; i++) {
                    var x = x(ring[i][0], frame, width);
                    var y = y(ring[i][1], frame, height);
                    if (i == 0) {
                        path.moveTo(x, y);
                    }
                    else {
                        path.lineTo(x, y);
                    }
                }
                path.closePath();
            }
            var highlighted = states.containsKey(country.code());
            g.setColor(highlighted ? new Color(214, 226, 238) : new Color(232, 232, 228));
            g.fill(path);
            g.setColor(new Color(170, 178, 188));
            g.setStroke(new BasicStroke(0.5f));
            g.draw(path);
        }
        var max = document.flows().stream().mapToInt(BriefingDocument.Flow::count).max().orElse(1);
        var labels = new ArrayList<String>();
        var labelBoxes = new ArrayList<java.awt.geom.Rectangle2D>();
        for (var flow : document.flows()) {
            var from = centroids.of(flow.supplier().code());
            var to = centroids.of(flow.recipient().code());
            if (from.isEmpty() || to.isEmpty()) {
                labels.add(flowLabel(flow) + " (not on the map)");
                continue;
            }
            var x0 = x(from.get().longitude(), frame, width);
            var y0 = y(from.get().latitude(), frame, height);
            var x1 = x(to.get().longitude(), frame, width);
            var y1 = y(to.get().latitude(), frame, height);
            // Each kind and each direction bends its own way, so that the arcs stay apart.
            var bend = 0.18 + 0.14 * flow.kind().ordinal();
            var cx = (x0 + x1) / 2 - (y1 - y0) * bend;
            var cy = (y0 + y1) / 2 + (x1 - x0) * bend;
            var colour = Color.decode(Charts.COLOURS.get(flow.kind()));
            var strokeWidth = (float) (1.5 + 5 * Math.sqrt((double) flow.count() / max));
            g.setColor(colour);
            g.setStroke(new BasicStroke(strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new QuadCurve2D.Double(x0, y0, cx, cy, x1, y1));
            arrowHead(g, cx, cy, x1, y1, 5 + strokeWidth);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 8));
            var label = kindLabel(flow.kind()) + ": " + String.format(Locale.ENGLISH, "%,d", flow.count());
            var lx = (x0 + 2 * cx + x1) / 4;
            var ly = (y0 + 2 * cy + y1) / 4;
            var labelWidth = g.getFontMetrics().stringWidth(label);
            // Arcs of one pair run close together: a label that would cover another moves below it.
            var box = new java.awt.geom.Rectangle2D.Double(lx - labelWidth / 2.0 - 3, ly - 8, labelWidth + 6, 11);
            while (intersectsAny(box, labelBoxes)) {
                box.y += 12;
                ly += 12;
            }
            labelBoxes.add(box);
            g.setColor(new Color(255, 255, 255, 220));
            g.fill(new java.awt.geom.RoundRectangle2D.Double(box.x, box.y, box.width, box.height, 4, 4));
            g.setColor(colour.darker());
            g.drawString(label, (float) (lx - labelWidth / 2.0), (float) ly);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 9));
        for (var state : states.values()) {
            centroids.of(state.code()).ifPresent(point -> {
                var x = x(point.longitude(), frame, width);
                var y = y(point.latitude(), frame, height);
                g.setColor(INK);
                g.fill(new java.awt.geom.Ellipse2D.Double(x - 3, y - 3, 6, 6));
                g.drawString(state.name(), (float) (x + 5), (float) (y - 4));
            });
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7));
        g.setColor(INK);
        var legendY = height - 6;
        var legend = "Arcs run from supplier to recipient; width by number of transfers. Outlines: Natural Earth.";
        g.drawString(legend, 6f, (float) legendY);
        for (int i = 0; i < labels.size(); i++) {
            g.drawString(labels.get(i), 6f, (float) (12 + 10 * i));
        }
        if (document.flows().isEmpty()) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            g.drawString("No transfer in scope to draw.", 12f, 24f);
        }
        g.dispose();
        return png(image);
    }

    static String flowLabel(BriefingDocument.Flow flow) {
        return flow.supplier().name() + " to " + flow.recipient().name() + ", " + kindLabel(flow.kind()).toLowerCase(Locale.ROOT)
                + ": " + BriefingText.count(flow.count(), "transfer");
    }

    private static String kindLabel(TransferKind kind) {
        return switch (kind) {
            case ARMS -> "Arms";
            case RAW_MATERIAL -> "Raw materials";
            case DUAL_USE -> "Dual-use goods";
        };
    }

    private static boolean intersectsAny(java.awt.geom.Rectangle2D box, List<java.awt.geom.Rectangle2D> others) {
        return others.stream().anyMatch(box::intersects);
    }

    private static void arrowHead(Graphics2D g, double cx, double cy, double x, double y, double size) {
        var angle = Math.atan2(y - cy, x - cx);
        var head = new Path2D.Double();
        head.moveTo(0, 0);
        head.lineTo(-size, -size / 2);
        head.lineTo(-size, size / 2);
        head.closePath();
        var transform = new AffineTransform();
        transform.translate(x, y);
        transform.rotate(angle);
        g.fill(transform.createTransformedShape(head));
    }

    private static double x(double longitude, double[] frame, int width) {
        return (longitude - frame[0]) / (frame[1] - frame[0]) * width;
    }

    private static double y(double latitude, double[] frame, int height) {
        return (frame[3] - latitude) / (frame[3] - frame[2]) * height;
    }

    private static void drawWrapped(Graphics2D g, String text, double x, double y, double maxWidth) {
        var metrics = g.getFontMetrics();
        var line = new StringBuilder();
        var lineY = y;
        for (var word : text.split(" ")) {
            var candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > maxWidth && !line.isEmpty()) {
                g.drawString(line.toString(), (float) x, (float) lineY);
                lineY += metrics.getHeight();
                line = new StringBuilder(word);
            }
            else {
                line = new StringBuilder(candidate);
            }
        }
        g.drawString(line.toString(), (float) x, (float) lineY);
    }

    private static Graphics2D graphics(BufferedImage image) {
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(SCALE, SCALE);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The countries' outlines, read once from the map geometry the dashboard's map uses too. */
    private List<Country> outlines() {
        var loaded = outlines;
        if (loaded != null) {
            return loaded;
        }
        var countries = new ArrayList<Country>();
        try (var in = new ClassPathResource("META-INF/resources/maps/world.json").getInputStream()) {
            var root = new ObjectMapper().readTree(in);
            for (var feature : root.get("features")) {
                var code = feature.get("properties").path("iso3").asString("");
                var geometry = feature.get("geometry");
                var rings = new ArrayList<double[][]>();
                var polygons = "Polygon".equals(geometry.get("type").asString()) ? List.of(geometry.get("coordinates"))
                        : iterable(geometry.get("coordinates"));
                for (var polygon : polygons) {
                    for (var ring : polygon) {
                        var points = new double[ring.size()][];
                        for (int i = 0; i < ring.size(); i++) {
                            points[i] = new double[] { ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble() };
                        }
                        rings.add(points);
                    }
                }
                countries.add(new Country(code, rings));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outlines = List.copyOf(countries);
        return outlines;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        var nodes = new ArrayList<JsonNode>();
        array.forEach(nodes::add);
        return nodes;
    }

}
