package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.transferwatch.support.TestData.as;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.RouteScenario;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/** What the maps and the briefing read of the transfers' parts: routes, parties and shipments, as a user may see them. */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class TransferRouteServiceTest {

    @Autowired
    RouteScenario.Maker scenarios;

    @Autowired
    TransferRouteService routes;

    @Autowired
    TransferListService listing;

    RouteScenario scenario;

    @BeforeEach
    void addTransfersWithParts() {
        scenario = scenarios.create();
    }

    @Test
    void routes_are_counted_by_their_places_and_mode_and_places_by_their_transfers() {
        var map = routes.routes(TransferFilter.NONE);
        assertThat(map.routes()).extracting(TransferRoutes.Route::label, TransferRoutes.Route::mode,
                TransferRoutes.Route::shipments)
            .containsExactly(tuple("Rajin → Dunai", ShipmentMode.SEA, 2),
                    tuple("Vladivostok → Tumangang → Rajin", ShipmentMode.RAIL, 1));
        assertThat(map.places()).extracting(count -> count.place().name(), TransferRoutes.PlaceCount::transfers)
            .containsExactly(tuple("Rajin", 2), tuple("Dunai", 1), tuple("Tumangang", 1), tuple("Vladivostok", 1));
    }

    @Test
    void a_place_counts_the_transfers_the_list_shows_for_that_place() {
        var pair = TransferFilter.NONE.withPair("PRK", "RUS", true);
        for (var filter : List.of(TransferFilter.NONE, pair)) {
            for (var count : routes.routes(filter).places()) {
                assertThat(listing.count(filter.withPlace(count.place().id()))).as(count.place().name())
                    .isEqualTo(count.transfers());
            }
        }
    }

    @Test
    void a_viewer_sees_the_routes_parties_and_shipments_of_published_transfers_only() {
        var map = as(Role.VIEWER, () -> routes.routes(TransferFilter.NONE));
        assertThat(map.routes()).extracting(TransferRoutes.Route::label).containsExactly("Rajin → Dunai");
        assertThat(map.places()).extracting(count -> count.place().name(), TransferRoutes.PlaceCount::transfers)
            .containsExactly(tuple("Dunai", 1), tuple("Rajin", 1));
        var pair = TransferFilter.NONE.withPair("PRK", "RUS", true);
        assertThat(as(Role.VIEWER, () -> routes.parties(pair, 10)).lines()).extracting(line -> line.party().name())
            .containsExactly("Korea Rye Song Gang Shipping", "Angara");
        assertThat(as(Role.VIEWER, () -> routes.shipments(pair, 10)).total()).isEqualTo(2);
    }

    @Test
    void the_parties_come_with_their_roles_designated_ones_first() {
        var parties = routes.parties(TransferFilter.NONE.withPair("PRK", "RUS", true), 10);
        assertThat(parties.total()).isEqualTo(4);
        assertThat(parties.lines()).extracting(line -> line.party().name(), TransferRoutes.PartyLine::rolesLabel,
                line -> line.party().designated(), TransferRoutes.PartyLine::transfers)
            .containsExactly(tuple("Korea Rye Song Gang Shipping", "Shipper", true, 1),
                    tuple("Angara", "Carrier", false, 1),
                    tuple("Korean People's Army Air Force", "Consignee", false, 1),
                    tuple("Russian Railways", "Carrier", false, 1));
        var iran = routes.parties(TransferFilter.pair("IRN", "RUS"), 1);
        assertThat(iran.total()).isEqualTo(3);
        assertThat(iran.lines()).extracting(line -> line.party().name(), TransferRoutes.PartyLine::rolesLabel)
            .containsExactly(tuple("Sea Gull", "Receiving vessel"));
    }

    @Test
    void the_shipments_come_latest_first_with_their_carriers_and_places() {
        var shipments = routes.shipments(TransferFilter.NONE.withPair("PRK", "RUS", true), 2);
        assertThat(shipments.total()).isEqualTo(3);
        assertThat(shipments.lines()).extracting(TransferRoutes.ShipmentLine::periodLabel,
                line -> line.mode().label(), TransferRoutes.ShipmentLine::carriersLabel,
                line -> TransferRoutes.ShipmentLine.placeName(line.from()),
                line -> TransferRoutes.ShipmentLine.placeName(line.via()),
                line -> TransferRoutes.ShipmentLine.placeName(line.to()), TransferRoutes.ShipmentLine::transferId)
            .containsExactly(tuple("Feb 2025", "Rail", "Russian Railways", "Vladivostok", "Tumangang", "Rajin",
                    scenario.jets()), tuple("May 2024", "Sea", "Angara", "Rajin", "—", "Dunai", scenario.shells()));
        var atSea = routes.shipments(TransferFilter.pair("IRN", "RUS"), 10).lines().getFirst();
        assertThat(atSea.shipToShip()).isTrue();
        assertThat(atSea.carriersLabel()).isEqualTo("Ocean Star → Sea Gull");
    }

}
