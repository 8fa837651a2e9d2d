package org.transferwatch.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ui.EChart;
import org.transferwatch.dashboard.BriefingPdf;
import org.transferwatch.dashboard.BriefingService;
import org.transferwatch.security.Role;
import org.transferwatch.support.RouteScenario;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.ui.TransferDetailView;
import org.transferwatch.transfer.ui.TransferListView;
import tools.jackson.databind.ObjectMapper;

/** The pair page's routes, parties and shipments, and the same in its PDF briefing. */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class PairPartsTest extends SpringBrowserlessTest {

    @Autowired
    RouteScenario.Maker scenarios;

    @Autowired
    TransferListService listing;

    @Autowired
    BriefingService briefings;

    RouteScenario scenario;

    @BeforeEach
    void addTransfersWithParts() {
        scenario = scenarios.create();
    }

    private List<String> column(String gridId, String key) {
        var grid = find(Grid.class).id(gridId);
        var position = test(grid).getColumnPosition(key);
        return IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getCellText(row, position)).toList();
    }

    @Test
    void the_parties_show_their_roles_kind_country_and_designation() {
        navigate("pairs/PRK/RUS", PairView.class);
        assertThat(column("pair-parties", "party")).containsExactly("Korea Rye Song Gang Shipping", "Angara",
                "Korean People's Army Air Force", "Russian Railways");
        assertThat(column("pair-parties", "roles")).containsExactly("Shipper", "Carrier", "Consignee", "Carrier");
        assertThat(column("pair-parties", "kind")).containsExactly("Company", "Vessel", "Armed unit", "Company");
        assertThat(column("pair-parties", "country")).containsExactly("North Korea", "Russia", "North Korea", "Russia");
        var designated = (Div) test(find(Grid.class).id("pair-parties")).getCellComponent(0, "designated");
        assertThat(designated.getElement().getTextRecursively()).isEqualTo("Designated" + scenario.shipperListing().reference());
        assertThat(((Anchor) designated.getChildren().toList().get(1)).getHref())
            .isEqualTo("designations/" + scenario.shipperListing().id());
        var notDesignated = (Div) test(find(Grid.class).id("pair-parties")).getCellComponent(1, "designated");
        assertThat(notDesignated.getElement().getTextRecursively()).isEmpty();
    }

    @Test
    void the_shipments_show_dates_mode_carrier_and_places_and_open_their_transfer() {
        navigate("pairs/PRK/RUS", PairView.class);
        assertThat(column("pair-shipments", "period")).containsExactly("Feb 2025", "May 2024", "Mar 2024");
        assertThat(column("pair-shipments", "mode")).containsExactly("Rail", "Sea", "Sea");
        assertThat(column("pair-shipments", "carrier")).containsExactly("Russian Railways", "Angara", "Angara");
        assertThat(column("pair-shipments", "via")).containsExactly("Tumangang", "—", "—");
        assertThat(column("pair-shipments", "transfer")).containsExactly("RUS → PRK · Fighter jets by rail",
                "PRK → RUS · Artillery shells on the Angara", "PRK → RUS · Artillery shells on the Angara");
        test(find(Grid.class).id("pair-shipments")).clickRow(1);
        assertThat(getCurrentView()).isInstanceOf(TransferDetailView.class);
    }

    @Test
    void the_routes_map_links_each_place_to_the_pairs_transfers_there_with_the_same_count() throws Exception {
        navigate("pairs/PRK/RUS", PairView.class);
        var map = find(EChart.class).id("pair-routes");
        var option = new ObjectMapper().readTree(map.optionJson());
        var both = TransferFilter.NONE.withPair("PRK", "RUS", true);
        var places = option.get("series").get(option.get("series").size() - 1).get("data");
        assertThat(places.size()).isEqualTo(4);
        for (var place : places) {
            var link = place.get("link").asString();
            assertThat(link).startsWith("transfers?supplier=PRK&recipient=RUS&either=true&place=");
            var placeId = Long.parseLong(link.substring(link.lastIndexOf('=') + 1));
            assertThat(place.get("value").get(2).asInt()).as(place.get("name").asString())
                .isEqualTo(listing.count(both.withPlace(placeId)));
        }
        assertThat(option.get("geo").get("zoom").asDouble()).isGreaterThan(5);
        assertThat(find(Div.class).id("pair-route-list").getElement().getTextRecursively())
            .contains("Rajin → Dunai (sea): 2 shipments").contains("Vladivostok → Tumangang → Rajin (rail): 1 shipment");
        map.open(places.get(0).get("link").asString());
        assertThat(getCurrentView()).isInstanceOf(TransferListView.class);
        assertThat(test(find(Grid.class).id("transfers-grid")).size()).isEqualTo(2);
    }

    @Test
    void the_designated_party_figure_agrees_with_the_list() {
        navigate("pairs/PRK/RUS", PairView.class);
        var figure = find(Anchor.class).id("pair-designated");
        assertThat(figure.getElement().getTextRecursively()).isEqualTo("1Designated party involved");
        assertThat(figure.getHref()).isEqualTo("transfers?supplier=PRK&recipient=RUS&either=true&designated=1");
        assertThat(listing.count(TransferFilter.NONE.withPair("PRK", "RUS", true).withDesignatedParty(true))).isEqualTo(1);
    }

    @Test
    void the_pdf_lists_the_routes_the_parties_with_their_designations_and_the_shipments() throws Exception {
        var bytes = new ByteArrayOutputStream();
        BriefingPdf.write(briefings.briefing("PRK", "RUS"), bytes);
        try (var pdf = Loader.loadPDF(bytes.toByteArray())) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Designated party involved: 1 transfer.")
                .contains("Routes").contains("Rajin to Dunai (sea): 2 shipments")
                .contains("Parties").contains("Korea Rye Song Gang Shipping").contains("Shipper")
                .contains("Designated: " + scenario.shipperListing().reference())
                .contains("Shipments").contains("Vladivostok").contains("Tumangang").contains("Russian Railways")
                .contains("Feb 2025").contains("RUS to PRK: Fighter jets by rail");
        }
    }

    @Test
    void a_viewer_sees_the_parts_of_published_transfers_only() {
        var briefing = as(Role.VIEWER, () -> briefings.briefing("PRK", "RUS"));
        assertThat(briefing.parties()).extracting(line -> line.line().party().name())
            .containsExactly("Korea Rye Song Gang Shipping", "Angara");
        assertThat(briefing.shipments().total()).isEqualTo(2);
        assertThat(briefing.routes().places()).extracting(count -> count.place().name()).containsExactly("Dunai", "Rajin");
        assertThat(briefing.designatedParty()).isEqualTo(1);
    }

}
