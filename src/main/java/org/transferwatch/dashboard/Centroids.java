package org.transferwatch.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Where to draw each state on the flow map: a representative point per ISO alpha-3 code (from the npm
 * package world-countries, ODbL; see frontend/maps/README.md). Historical states and non-state actors
 * have none and are left off the map.
 */
@Component
public class Centroids {

    /** Longitude and latitude, the order ECharts expects. */
    public record Point(double longitude, double latitude) {
    }

    private final Map<String, Point> points = new HashMap<>();

    Centroids() {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("dashboard/centroids.csv").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).map(line -> line.split(",")).filter(cells -> cells.length == 3)
                .forEach(cells -> points.put(cells[0],
                        new Point(Double.parseDouble(cells[2]), Double.parseDouble(cells[1]))));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Point> of(String code) {
        return Optional.ofNullable(points.get(code));
    }

}
