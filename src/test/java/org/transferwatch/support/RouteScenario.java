package org.transferwatch.support;

import static org.transferwatch.support.TestData.as;

import org.jooq.DSLContext;
import org.springframework.boot.test.context.TestComponent;
import org.transferwatch.party.PartyKind;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;

/**
 * Three transfers with parties and shipments, for the tests of what reads them:
 * <ul>
 * <li>{@code shells}, North Korea to Russia, published: shipped by Korea Rye Song Gang Shipping (confirmed
 * designated), in two sea legs from Rajin to Dunai on the vessel Angara (IMO 9123453);</li>
 * <li>{@code jets}, Russia to North Korea, a draft: by rail from Vladivostok through Tumangang to Rajin, carried by
 * Russian Railways (a match rejected), for the Korean People's Army Air Force;</li>
 * <li>{@code drones}, Iran to Russia, published: brokered by Angara Trading (a possible match, not decided),
 * handed ship-to-ship from the Ocean Star to the Sea Gull (confirmed designated), at sea with no place.</li>
 * </ul>
 */
public record RouteScenario(long shells, long jets, long drones, long rajin, long dunai, long vladivostok,
        long tumangang, long shipper, long angara, long railways, long seaGull, RouteFixtures.Designation shipperListing,
        RouteFixtures.Designation seaGullListing) {

    /** Creates the scenario's rows, for a test to roll back. */
    @TestComponent
    public static class Maker {

        private final DSLContext dsl;

        private final TransferService transfers;

        private final TransferReviewService reviews;

        Maker(DSLContext dsl, TransferService transfers, TransferReviewService reviews) {
            this.dsl = dsl;
            this.transfers = transfers;
            this.reviews = reviews;
        }

        public RouteScenario create() {
            return RouteScenario.create(dsl, transfers, reviews);
        }

    }

    private static RouteScenario create(DSLContext dsl, TransferService transfers, TransferReviewService reviews) {
        // The scenario's parts are the only ones: the demo's shipment and parties go (the test's transaction rolls
        // back), so that counts and routes are the scenario's.
        dsl.execute("delete from shipment");
        dsl.execute("delete from transfer_party");
        var parts = new RouteFixtures(dsl);
        var shells = as(Role.ANALYST, () -> transfers.createDraft(new TransferDraft("PRK", "RUS", TransferKind.ARMS,
                "ML3", "Artillery shells on the Angara", null, Quantity.UNKNOWN, null, TransferStatus.DELIVERED,
                Period.year(2024), null, null, null, Confidence.MODERATE)));
        var jets = as(Role.ANALYST, () -> transfers.createDraft(new TransferDraft("RUS", "PRK", TransferKind.ARMS,
                "ML10", "Fighter jets by rail", null, Quantity.UNKNOWN, null, TransferStatus.AGREED, Period.year(2025),
                null, null, null, Confidence.LOW)));
        var drones = as(Role.ANALYST, () -> transfers.createDraft(new TransferDraft("IRN", "RUS", TransferKind.ARMS,
                "ML10", "Shahed drones handed over at sea", null, Quantity.UNKNOWN, null, TransferStatus.DELIVERED,
                Period.year(2023), null, null, null, Confidence.MODERATE)));
        as(Role.REVIEWER, () -> {
            reviews.publish(shells, transfers.version(shells).orElseThrow());
            reviews.publish(drones, transfers.version(drones).orElseThrow());
            return null;
        });

        var rajin = parts.place("Rajin", PlaceKind.PORT, "PRK", 42.25, 130.30);
        var dunai = parts.place("Dunai", PlaceKind.PORT, "RUS", 42.89, 132.33);
        var vladivostok = parts.place("Vladivostok", PlaceKind.PORT, "RUS", 43.12, 131.89);
        var tumangang = parts.place("Tumangang", PlaceKind.RAIL_CROSSING, "PRK", 42.42, 130.60);

        var shipper = parts.party(PartyKind.COMPANY, "Korea Rye Song Gang Shipping", "PRK", "Rye Song Gang");
        parts.identifier(shipper, "imo_company", "5561234");
        var angara = parts.party(PartyKind.VESSEL, "Angara", "RUS");
        parts.identifier(angara, "imo_ship", "9123453");
        parts.role(shells, shipper, "shipper");
        parts.shipment(shells, "sea", Period.month(2024, 3), angara, rajin, null, dunai);
        parts.shipment(shells, "sea", Period.month(2024, 5), angara, rajin, null, dunai);

        var railways = parts.party(PartyKind.COMPANY, "Russian Railways", "RUS");
        var airForce = parts.party(PartyKind.ARMED_UNIT, "Korean People's Army Air Force", "PRK");
        parts.role(jets, railways, "carrier");
        parts.role(jets, airForce, "consignee");
        parts.shipment(jets, "rail", Period.month(2025, 2), railways, vladivostok, tumangang, rajin);

        var trading = parts.party(PartyKind.COMPANY, "Angara Trading", "RUS");
        var oceanStar = parts.party(PartyKind.VESSEL, "Ocean Star", null);
        var seaGull = parts.party(PartyKind.VESSEL, "Sea Gull", "PRK");
        parts.role(drones, trading, "broker");
        parts.shipToShip(drones, oceanStar, seaGull, 38.5, 124.2);

        var shipperListing = parts.designation(0);
        var seaGullListing = parts.designation(1);
        parts.match(shipper, shipperListing.id(), "confirmed");
        parts.match(seaGull, seaGullListing.id(), "confirmed");
        parts.match(trading, parts.designation(2).id(), "possible");
        parts.match(railways, parts.designation(3).id(), "rejected");
        return new RouteScenario(shells, jets, drones, rajin, dunai, vladivostok, tumangang, shipper, angara, railways,
                seaGull, shipperListing, seaGullListing);
    }

}
