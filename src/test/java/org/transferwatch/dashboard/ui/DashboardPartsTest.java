package org.transferwatch.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ui.EChart;
import org.transferwatch.security.Role;
import org.transferwatch.support.RouteScenario;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.ui.TransferListView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The dashboard's figure for designated parties and the shipments' routes on its flow map. */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.VIEWER)
class DashboardPartsTest extends SpringBrowserlessTest {

    @Autowired
    RouteScenario.Maker scenarios;

    RouteScenario scenario;

    @BeforeEach
    void addTransfersWithParts() {
        scenario = scenarios.create();
    }

    private JsonNode option(String id) {
        return new ObjectMapper().readTree(find(EChart.class).id(id).optionJson());
    }

    @Test
    void the_designated_party_figure_counts_what_its_link_lists() {
        navigate(DashboardView.class);
        var figure = find(Anchor.class).id("figure-designated");
        assertThat(figure.getElement().getTextRecursively()).isEqualTo("2Designated party involved");
        assertThat(figure.getHref()).isEqualTo("transfers?designated=1");
        find(EChart.class).id("flow-map").open(figure.getHref());
        assertThat(getCurrentView()).isInstanceOf(TransferListView.class);
        assertThat(test(find(Grid.class).id("transfers-grid")).size()).isEqualTo(2);
        assertThat(find(Span.class).id("transfer-count").getText()).isEqualTo("2 transfers");
    }

    @Test
    void the_flow_map_draws_the_published_routes_by_mode_and_a_place_opens_its_transfers() {
        navigate(DashboardView.class);
        var option = option("flow-map");
        var sea = series(option, "Sea");
        assertThat(sea.get("type").asString()).isEqualTo("lines");
        assertThat(sea.get("polyline").asBoolean()).isTrue();
        assertThat(sea.get("data").get(0).get("name").asString()).isEqualTo("Rajin → Dunai: 2 shipments");
        assertThat(sea.get("data").get(0).get("coords").size()).isEqualTo(2);
        assertThat(series(option, "Rail")).as("a draft's route, hidden from viewers").isNull();
        assertThat(option.get("legend").get("data").toString()).contains("\"Sea\"");
        var places = series(option, "Transfers with a shipment at the place").get("data");
        assertThat(places.size()).isEqualTo(2);
        var rajin = places.get(1);
        assertThat(rajin.get("name").asString()).isEqualTo("Rajin (port, PRK)");
        assertThat(rajin.get("value").get(2).asInt()).isEqualTo(1);
        assertThat(rajin.get("link").asString()).isEqualTo("transfers?place=" + scenario.rajin());
        find(EChart.class).id("flow-map").open(rajin.get("link").asString());
        assertThat(test(find(Grid.class).id("transfers-grid")).size()).isEqualTo(1);
    }

    @Test
    void the_maps_tooltips_are_text_never_html_and_carry_no_formatter() {
        navigate(DashboardView.class);
        var option = option("flow-map");
        assertThat(option.get("tooltip").get("renderMode").asString()).isEqualTo("richText");
        assertThat(option.get("tooltip").has("formatter")).isFalse();
        option.get("series").forEach(series -> assertThat(series.has("tooltip")).isFalse());
    }

    private static JsonNode series(JsonNode option, String name) {
        for (var series : option.get("series")) {
            if (series.get("name").asString().equals(name)) {
                return series;
            }
        }
        return null;
    }

}
