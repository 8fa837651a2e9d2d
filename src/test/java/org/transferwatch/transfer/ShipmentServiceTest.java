package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.db.Tables.SHIPMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/** The legs of a transfer: what is saved and shown, each rule as a sentence, the audit, visibility and concurrent edits. */
@TransferWatchTest
@Transactional
class ShipmentServiceTest {

    @Autowired
    ShipmentService shipments;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    SourceService sources;

    @Autowired
    DSLContext dsl;

    PartsFixture fixture;

    long transferId;

    long rajin;

    long dunai;

    long tumangang;

    long angara;

    long maria;

    long railways;

    @BeforeEach
    void setUp() {
        fixture = new PartsFixture(dsl, sources);
        transferId = TestData.as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", "Artillery shells")));
        rajin = fixture.port("Rajin");
        dunai = fixture.place("Dunai", PlaceKind.PORT, "RUS");
        tumangang = fixture.place("Tumangang–Khasan", PlaceKind.RAIL_CROSSING, "PRK");
        angara = fixture.vessel("Angara (test)");
        maria = fixture.vessel("Maria (test)");
        railways = fixture.party(org.transferwatch.party.PartyKind.STATE_BODY, "Korean State Railway (test)", "PRK");
    }

    private static ShipmentDraft leg(ShipmentMode mode, @Nullable Period period, @Nullable Long carrier,
            @Nullable Long loading, @Nullable Long crossing, @Nullable Long discharge) {
        return new ShipmentDraft(mode, false, period, carrier, null, loading, discharge, crossing, null, null,
                Quantity.UNKNOWN, null);
    }

    private static ShipmentDraft shipToShip(@Nullable Long carrier, @Nullable Long receiving, @Nullable String latitude,
            @Nullable String longitude) {
        return new ShipmentDraft(ShipmentMode.SEA, true, Period.month(2023, 9), carrier, receiving, null, null, null,
                latitude == null ? null : new BigDecimal(latitude), longitude == null ? null : new BigDecimal(longitude),
                Quantity.UNKNOWN, null);
    }

    /** The sentences a refused leg gets, after making sure that nothing was saved. */
    private List<String> refusal(ShipmentDraft draft) {
        try {
            shipments.addShipment(transferId, draft, List.of());
        }
        catch (ValidationException e) {
            assertThat(dsl.fetchCount(SHIPMENT, SHIPMENT.TRANSFER_ID.eq(transferId))).isZero();
            return e.problems();
        }
        throw new AssertionError("the leg was saved");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_adds_a_sea_leg_on_a_named_vessel_and_sees_it_with_its_places_quantity_and_claim() {
        var source = fixture.source("MSMT first report");
        var draft = new ShipmentDraft(ShipmentMode.SEA, false, Period.month(2023, 9), angara, null, rajin, dunai, null,
                null, null, new Quantity(new BigDecimal("1000"), null, "containers", true), "First of the Angara's runs.");
        var id = shipments.addShipment(transferId, draft,
                List.of(PartsFixture.claim(source, "The Angara loaded containers at Rajin and discharged them at Dunai.")));

        assertThat(shipments.shipmentsOf(transferId)).singleElement().satisfies(leg -> {
            assertThat(leg.id()).isEqualTo(id);
            assertThat(leg.draft()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(draft);
            assertThat(leg.carrier().name()).isEqualTo("Angara (test)");
            assertThat(leg.route()).isEqualTo("Rajin (test) → Dunai (test)");
            assertThat(leg.draft().period().label()).isEqualTo("Sep 2023");
            assertThat(leg.draft().quantity().label()).isEqualTo("≥ 1,000 containers (est.)");
            assertThat(leg.claims()).singleElement().satisfies(claim -> assertThat(claim.sourceTitle())
                .isEqualTo("MSMT first report"));
        });
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_rail_leg_through_a_rail_crossing_with_the_train_operator_is_saved() {
        shipments.addShipment(transferId, leg(ShipmentMode.RAIL, null, railways, rajin, tumangang, null), List.of());
        assertThat(shipments.shipmentsOf(transferId)).singleElement()
            .satisfies(leg -> assertThat(leg.route()).isEqualTo("Rajin (test) → Tumangang–Khasan (test)"));
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_leg_that_ends_before_it_starts_is_refused() {
        var backwards = new Period(LocalDate.of(2023, 9, 20), LocalDate.of(2023, 9, 1), PeriodPrecision.DAY);
        assertThat(refusal(leg(ShipmentMode.SEA, backwards, angara, rajin, null, dunai)))
            .containsExactly("A shipment cannot end before it starts: check its start and end.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_vessel_cannot_carry_a_rail_air_or_road_leg() {
        assertThat(refusal(leg(ShipmentMode.RAIL, null, angara, rajin, tumangang, null)))
            .containsExactly("A vessel cannot carry a rail leg: choose the train operator or leave the carrier empty.");
        assertThat(refusal(leg(ShipmentMode.AIR, null, angara, rajin, null, dunai)))
            .containsExactly("A vessel cannot carry an air leg: choose the airline or aircraft operator or leave the"
                    + " carrier empty.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_unknown_place_or_party_is_refused_on_its_field() {
        try {
            shipments.addShipment(transferId, leg(ShipmentMode.SEA, null, -7L, rajin, null, -3L), List.of());
            throw new AssertionError("saved");
        }
        catch (ValidationException e) {
            assertThat(e.problemsWithFields()).extracting(Problem::field, Problem::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(ShipmentDraft.Field.CARRIER,
                            "The carrier is not a known party: search for it again."),
                    org.assertj.core.groups.Tuple.tuple(ShipmentDraft.Field.DISCHARGE,
                            "The place of discharge is not a place of the gazetteer: choose it from the list."));
        }
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_rail_leg_cannot_cross_a_border_at_a_port() {
        assertThat(refusal(leg(ShipmentMode.RAIL, null, railways, null, rajin, dunai))).containsExactly(
                "A rail leg crosses a border at a rail crossing, not a port: Rajin (test) is a port; give it as the place"
                        + " of loading or discharge.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_ship_to_ship_transfer_needs_two_different_vessels_a_position_and_no_port() {
        assertThat(refusal(shipToShip(angara, null, "38.5", "124.1"))).containsExactly(
                "A ship-to-ship transfer is between two vessels: choose the carrier and the receiving vessel.");
        assertThat(refusal(shipToShip(angara, angara, "38.5", "124.1"))).containsExactly(
                "A ship-to-ship transfer is between two different vessels: the receiving vessel cannot be the carrier.");
        assertThat(refusal(shipToShip(angara, maria, null, null))).containsExactly(
                "Give the position at sea of the ship-to-ship transfer: its latitude and longitude.");
        assertThat(refusal(shipToShip(angara, railways, "38.5", "124.1"))).containsExactly(
                "A ship-to-ship transfer is between two vessels: Korean State Railway (test) is a state body, not a vessel.");
        var inPort = new ShipmentDraft(ShipmentMode.SEA, true, null, angara, maria, rajin, null, null,
                new BigDecimal("38.5"), new BigDecimal("124.1"), Quantity.UNKNOWN, null);
        assertThat(refusal(inPort)).containsExactly(
                "A ship-to-ship transfer happens at sea, not in a port: leave out Rajin (test) and give the position.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_ship_to_ship_transfer_between_two_vessels_at_a_position_is_saved_without_a_port() {
        shipments.addShipment(transferId, shipToShip(angara, maria, "38.12", "-124.5"), List.of());
        assertThat(shipments.shipmentsOf(transferId)).singleElement().satisfies(leg -> {
            assertThat(leg.receivingVessel().name()).isEqualTo("Maria (test)");
            assertThat(leg.route()).isEqualTo("ship to ship at 38.12000° N, 124.50000° W");
        });
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void loading_and_discharge_at_the_same_place_and_positions_off_the_globe_are_refused() {
        assertThat(refusal(leg(ShipmentMode.SEA, null, angara, rajin, null, rajin)))
            .containsExactly("The place of discharge must differ from the place of loading.");
        assertThat(refusal(shipToShip(angara, maria, "91", "181"))).containsExactly(
                "A latitude lies between -90 (south) and 90 (north) degrees.",
                "A longitude lies between -180 (west) and 180 (east) degrees.");
        assertThat(refusal(shipToShip(angara, maria, "38", null)))
            .containsExactly("Give both the latitude and the longitude of the position, or neither.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void each_change_is_audited_under_the_transfer_with_before_and_after() {
        var source = fixture.source("MSMT first report");
        var id = shipments.addShipment(transferId, leg(ShipmentMode.SEA, null, angara, rajin, null, dunai),
                List.of(PartsFixture.claim(source, "The Angara sailed from Rajin.")));
        var claimId = shipments.shipmentsOf(transferId).getFirst().claims().getFirst().id();
        shipments.updateShipment(id, 0, leg(ShipmentMode.SEA, Period.month(2023, 9), maria, rajin, null, dunai));
        shipments.removeShipment(id, 1);

        var events = fixture.audit("shipment", id);
        assertThat(events).extracting(PartsFixture.AuditRow::action).containsExactly("create", "update", "delete");
        assertThat(events).allSatisfy(event -> assertThat(event.transferId()).isEqualTo(transferId));
        assertThat(events.get(1).before("carrier_party_id")).isEqualTo(Long.toString(angara));
        assertThat(events.get(1).after("carrier_party_id")).isEqualTo(Long.toString(maria));
        assertThat(events.get(1).after("period_start")).isEqualTo("2023-09-01");
        assertThat(fixture.audit("shipment_claim", claimId)).extracting(PartsFixture.AuditRow::action)
            .containsExactly("create", "delete");
        assertThat(shipments.shipmentsOf(transferId)).isEmpty();
    }

    @Test
    void a_save_over_a_newer_one_is_refused_naming_the_other_editor() {
        var id = Accounts.as("analyst", Role.ANALYST,
                () -> shipments.addShipment(transferId, leg(ShipmentMode.SEA, null, angara, rajin, null, dunai), List.of()));
        Accounts.as("reviewer", Role.REVIEWER,
                () -> shipments.updateShipment(id, 0, leg(ShipmentMode.SEA, null, maria, rajin, null, dunai)));
        assertThatThrownBy(() -> Accounts.as("analyst", Role.ANALYST,
                () -> shipments.updateShipment(id, 0, leg(ShipmentMode.SEA, null, angara, dunai, null, rajin))))
            .isInstanceOf(ConcurrentEditException.class)
            .hasMessageStartingWith("This shipment was changed by Demo reviewer at ");
        assertThat(Accounts.as("analyst", Role.ANALYST, () -> shipments.shipmentsOf(transferId).getFirst().carrier().name()))
            .isEqualTo("Maria (test)");
    }

    @Test
    void viewers_see_the_legs_of_published_transfers_only_and_analysts_change_drafts_only() {
        Accounts.as("analyst", Role.ANALYST,
                () -> shipments.addShipment(transferId, leg(ShipmentMode.SEA, null, angara, rajin, null, dunai), List.of()));
        assertThatThrownBy(() -> Accounts.as("viewer", Role.VIEWER, () -> shipments.shipmentsOf(transferId)))
            .isInstanceOf(NotFoundException.class);
        Accounts.as("reviewer", Role.REVIEWER, () -> reviews.publish(transferId, transfers.version(transferId).orElseThrow()));
        assertThat(Accounts.as("viewer", Role.VIEWER, () -> shipments.shipmentsOf(transferId))).hasSize(1);
        var second = leg(ShipmentMode.RAIL, null, railways, rajin, tumangang, null);
        assertThatThrownBy(() -> Accounts.as("analyst", Role.ANALYST, () -> shipments.addShipment(transferId, second,
                List.of()))).isInstanceOf(AccessDeniedException.class);
        Accounts.as("reviewer", Role.REVIEWER, () -> shipments.addShipment(transferId, second, List.of()));
        assertThat(Accounts.as("viewer", Role.VIEWER, () -> shipments.shipmentsOf(transferId))).hasSize(2);
    }

}
