package org.transferwatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.transferwatch.place.Place;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.transfer.ShipmentMode;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferRoutes;
import org.transferwatch.transfer.TransferStatistics;
import tools.jackson.databind.node.ObjectNode;

/** Names from the data reach every chart's options as text that no renderer can take for markup. */
class ChartsTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    private static Place place(long id, String name, double latitude, double longitude) {
        return new Place(id, name, PlaceKind.PORT, "PRK", List.of(), BigDecimal.valueOf(latitude),
                BigDecimal.valueOf(longitude), "test", "none", 0);
    }

    private static final TransferRoutes.RouteMap ROUTES = new TransferRoutes.RouteMap(
            List.of(new TransferRoutes.Route(place(1, MARKUP, 42.2, 130.3), null, place(2, "Dunai " + MARKUP, 42.9, 132.3),
                    ShipmentMode.SEA, 2)),
            List.of(new TransferRoutes.PlaceCount(place(1, MARKUP, 42.2, 130.3), 1),
                    new TransferRoutes.PlaceCount(place(2, "Dunai " + MARKUP, 42.9, 132.3), 1)));

    private static void assertNoMarkupAndTextTooltips(ObjectNode option) {
        assertThat(option.toString()).doesNotContain("<").doesNotContain(">").contains("‹img src=x onerror=alert(1)›");
        assertThat(option.get("tooltip").get("renderMode").asString()).isEqualTo("richText");
        assertThat(option.get("tooltip").has("formatter")).isFalse();
    }

    @Test
    void country_and_place_names_reach_the_flow_map_without_angle_brackets() {
        var flows = List.of(new TransferStatistics.PairCount("PRK", MARKUP, "RUS", "Russia " + MARKUP, TransferKind.ARMS, 3));
        assertNoMarkupAndTextTooltips(Charts.flowMap(flows, new Centroids(), ROUTES));
    }

    @Test
    void place_names_reach_the_route_map_and_its_labels_without_angle_brackets() {
        assertNoMarkupAndTextTooltips(Charts.routeMap(ROUTES, TransferFilter.NONE));
    }

    @Test
    void country_names_reach_the_pair_timeline_without_angle_brackets_and_its_tooltip_is_text() {
        var months = List.of(new TransferStatistics.MonthCount(LocalDate.of(2024, 1, 1), 2));
        assertNoMarkupAndTextTooltips(Charts.pairTimeline(months, months, "PRK", MARKUP, "RUS", "Russia & " + MARKUP));
        var timeline = Charts.timeline(months, TransferFilter.NONE);
        assertThat(timeline.get("tooltip").get("renderMode").asString()).isEqualTo("richText");
    }

    @Test
    void an_ampersand_stays_as_it_is_since_the_canvas_draws_text_as_given() {
        var months = List.of(new TransferStatistics.MonthCount(LocalDate.of(2024, 1, 1), 2));
        var option = Charts.pairTimeline(months, months, "TTO", "Trinidad & Tobago", "RUS", "Russia");
        assertThat(option.get("series").get(0).get("name").asString()).isEqualTo("Trinidad & Tobago → Russia");
    }

}
