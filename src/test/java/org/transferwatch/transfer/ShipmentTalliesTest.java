package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.db.Tables.SHIPMENT;
import static org.transferwatch.db.Tables.TRANSFER;
import static org.transferwatch.support.TestData.as;

import java.util.Comparator;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.security.Role;
import org.transferwatch.support.RouteFixtures;
import org.transferwatch.support.RouteScenario;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/**
 * The dashboard's map reads route tallies that triggers keep (V110); after every kind of change to shipments and
 * their transfers they must give the figures that reading the shipments gives, for analysts and for viewers,
 * before and after the deltas are folded.
 */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.REVIEWER)
class ShipmentTalliesTest {

    @Autowired
    RouteScenario.Maker scenarios;

    @Autowired
    TransferRouteRepository routes;

    @Autowired
    TransferRouteService routeService;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    DSLContext dsl;

    private static TransferRouteRepository.RouteRows sorted(TransferRouteRepository.RouteRows rows) {
        return new TransferRouteRepository.RouteRows(rows.routes().stream()
            .sorted(Comparator.comparing(TransferRouteRepository.RouteRow::toString)).toList(),
                rows.places().stream().sorted(Comparator.comparingLong(TransferRouteRepository.PlaceRow::placeId)).toList());
    }

    private void talliesAgree(String after) {
        for (var compacted : new boolean[] { false, true }) {
            if (compacted) {
                routes.compactTallies();
            }
            assertThat(sorted(routes.tallyRoutes(false))).as("every transfer, after %s", after)
                .isEqualTo(sorted(routes.routes(DSL.noCondition())));
            assertThat(sorted(routes.tallyRoutes(true))).as("published transfers, after %s", after)
                .isEqualTo(sorted(routes.routes(TransferFilterRepository.published())));
        }
    }

    @Test
    void the_tallies_agree_with_the_shipments_after_every_kind_of_change() {
        var scenario = scenarios.create();
        talliesAgree("recording shipments");
        assertThat(routes.tallyRoutes(false).places()).isNotEmpty();

        var firstShellLeg = dsl.select(DSL.min(SHIPMENT.ID)).from(SHIPMENT).where(SHIPMENT.TRANSFER_ID.eq(scenario.shells()))
            .fetchSingle().value1();
        dsl.update(SHIPMENT).set(SHIPMENT.DISCHARGE_PLACE_ID, scenario.vladivostok()).where(SHIPMENT.ID.eq(firstShellLeg))
            .execute();
        talliesAgree("moving a leg's discharge to another place");

        dsl.update(SHIPMENT).set(SHIPMENT.NOTES, "Seen at anchor.").where(SHIPMENT.TRANSFER_ID.eq(scenario.shells()))
            .execute();
        talliesAgree("changing notes only");

        reviews.publish(scenario.jets(), transfers.version(scenario.jets()).orElseThrow());
        talliesAgree("publishing a transfer");

        reviews.retract(scenario.shells(), transfers.version(scenario.shells()).orElseThrow(), "Misread the source.");
        talliesAgree("retracting a transfer");

        var parts = new RouteFixtures(dsl);
        var rason = parts.place("Rason Bay", PlaceKind.SEA_AREA, "PRK", 42.3, 130.5);
        parts.shipment(scenario.jets(), "sea", null, null, rason, rason, scenario.dunai());
        parts.shipment(scenario.jets(), "sea", null, null, rason, null, scenario.vladivostok());
        talliesAgree("two legs of one transfer through one place");

        dsl.deleteFrom(SHIPMENT).where(SHIPMENT.TRANSFER_ID.eq(scenario.jets()), SHIPMENT.CROSSING_PLACE_ID.eq(rason))
            .execute();
        talliesAgree("deleting one of them");

        dsl.update(SHIPMENT).set(SHIPMENT.TRANSFER_ID, scenario.drones())
            .where(SHIPMENT.TRANSFER_ID.eq(scenario.jets()), SHIPMENT.LOADING_PLACE_ID.eq(rason)).execute();
        talliesAgree("moving a leg to another transfer");

        dsl.deleteFrom(TRANSFER).where(TRANSFER.ID.eq(scenario.jets())).execute();
        talliesAgree("deleting a transfer with its shipments");
    }

    @Test
    void the_dashboards_map_from_the_tallies_is_the_map_of_a_filter_that_selects_every_transfer() {
        scenarios.create();
        // Either direction with no state names no criterion, but is not the empty filter: it reads the shipments.
        var everyTransfer = TransferFilter.NONE.withPair(null, null, true);
        for (var role : new Role[] { Role.VIEWER, Role.ANALYST }) {
            assertThat(as(role, () -> routeService.routes(TransferFilter.NONE))).as(role.label())
                .isEqualTo(as(role, () -> routeService.routes(everyTransfer)));
        }
    }

}
