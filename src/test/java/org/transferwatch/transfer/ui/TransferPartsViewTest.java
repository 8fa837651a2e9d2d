package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.party.PartyService;
import org.transferwatch.place.PlaceService;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.NewTransferParty;
import org.transferwatch.transfer.PartyRole;
import org.transferwatch.transfer.PartsFixture;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.ShipmentDraft;
import org.transferwatch.transfer.ShipmentMode;
import org.transferwatch.transfer.ShipmentService;
import org.transferwatch.transfer.TransferPartyService;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;

/** The transfer page's parties and shipments: what viewers see, what analysts add, and a refused leg. */
@TransferWatchTest
@Transactional
class TransferPartsViewTest extends SpringBrowserlessTest {

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    TransferPartyService transferParties;

    @Autowired
    ShipmentService shipments;

    @Autowired
    PartyService parties;

    @Autowired
    PlaceService places;

    @Autowired
    SourceService sources;

    @Autowired
    DSLContext dsl;

    PartsFixture fixture;

    long transferId;

    long shipper;

    long angara;

    long rajin;

    long dunai;

    long source;

    @BeforeEach
    void setUp() {
        fixture = new PartsFixture(dsl, sources);
        transferId = TestData.as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", "Artillery shells")));
        shipper = fixture.company("Korea Achim Shipping Co (test)");
        angara = fixture.vessel("Angara (test)");
        rajin = fixture.port("Rajin");
        dunai = fixture.port("Dunai");
        source = fixture.source("MSMT first report");
    }

    private void open() {
        navigate("transfers/" + transferId, TransferDetailView.class);
    }

    private void selectTab(String label) {
        test(find(TabSheet.class).id("transfer-tabs")).select(label);
    }

    private String text(String id) {
        return find(Div.class).id(id).getElement().getTextRecursively();
    }

    private void recordShipperAndLeg() {
        TestData.as(Role.ANALYST, () -> {
            transferParties.addParty(transferId, new NewTransferParty(shipper, PartyRole.SHIPPER, null,
                    List.of(PartsFixture.claim(source, "Korea Achim shipped the containers."))));
            return shipments.addShipment(transferId, new ShipmentDraft(ShipmentMode.SEA, false, Period.month(2023, 9),
                    angara, null, rajin, dunai, null, null, null, new Quantity(new BigDecimal("300"), null, "containers",
                            false), null), List.of());
        });
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_sees_the_parties_and_legs_of_a_published_transfer_and_no_add_buttons() {
        recordShipperAndLeg();
        TestData.as(Role.REVIEWER, () -> {
            reviews.publish(transferId, transfers.version(transferId).orElseThrow());
            return null;
        });
        open();
        selectTab("Parties");
        assertThat(text("parties-list")).contains("Korea Achim Shipping Co (test)").contains("Shipper")
            .contains("Company · North Korea").contains("Korea Achim shipped the containers.")
            .contains("B2 — usually reliable, probably true");
        var link = find(Anchor.class, find(Div.class).id("parties-list")).withText("Korea Achim Shipping Co (test)").single();
        assertThat(link.getHref()).isEqualTo("parties/" + shipper);
        selectTab("Shipments");
        assertThat(text("shipments-list")).contains("Sep 2023").contains("Sea").contains("Rajin (test) → Dunai (test)")
            .contains("Angara (test)").contains("300 containers");
        assertThat(find(Button.class).withId("parties-add").exists()).isFalse();
        assertThat(find(Button.class).withId("shipments-add").exists()).isFalse();
        assertThat(find(Button.class).withText("Remove party").exists()).isFalse();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_adds_a_party_to_a_draft_and_sees_it_with_its_claim() {
        open();
        selectTab("Parties");
        test(find(Button.class).id("parties-add")).click();
        var dialog = find(PartyDialog.class).single();
        dialog.party.setValue(parties.find(shipper).orElseThrow());
        test(dialog.role).selectItem("Shipper");
        dialog.claim.source.setValue(sources.findById(source).orElseThrow());
        test(dialog.claim.quote).setValue("Korea Achim Shipping chartered the Angara.");
        test(dialog.claim.reliability).selectItem("B — Usually reliable");
        test(dialog.claim.credibility).selectItem("2 — Probably true");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(PartiesPanel.class).single().count()).isEqualTo(1);
        assertThat(text("parties-list")).contains("Korea Achim Shipping Co (test)").contains("Shipper")
            .contains("Korea Achim Shipping chartered the Angara.");
        assertThat(transferParties.partiesOf(transferId)).hasSize(1);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_party_without_a_source_is_refused_in_the_dialog() {
        open();
        selectTab("Parties");
        test(find(Button.class).id("parties-add")).click();
        var dialog = find(PartyDialog.class).single();
        dialog.party.setValue(parties.find(shipper).orElseThrow());
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problems.messages()).containsExactly("Choose the party's role in the transfer.",
                "Quote a source that places the party in the transfer.");
        assertThat(dialog.role.isInvalid()).isTrue();
        assertThat(transferParties.partiesOf(transferId)).isEmpty();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_adds_a_shipment_in_the_dialog_and_sees_it() {
        open();
        selectTab("Shipments");
        test(find(Button.class).id("shipments-add")).click();
        var form = find(ShipmentsPanel.class).single().openForm;
        test(form.mode).selectItem("Sea");
        form.carrier.setValue(parties.find(angara).orElseThrow());
        form.loading.setValue(places.find(rajin).orElseThrow());
        form.discharge.setValue(places.find(dunai).orElseThrow());
        test(form.quantityLow).setValue(new BigDecimal("300"));
        test(form.quantityUnit).setValue("containers");
        test(form.save).click();

        assertThat(find(ShipmentsPanel.class).single().count()).isEqualTo(1);
        assertThat(text("shipments-list")).contains("Rajin (test) → Dunai (test)").contains("Angara (test)")
            .contains("≥ 300 containers");
        assertThat(shipments.shipmentsOf(transferId)).hasSize(1);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_edits_a_leg_in_the_form_filled_with_it_and_removes_a_party() {
        recordShipperAndLeg();
        var nakhodka = fixture.place("Nakhodka", org.transferwatch.place.PlaceKind.PORT, "RUS");
        open();
        selectTab("Shipments");
        test(find(Button.class).withText("Edit…").single()).click();
        var form = find(ShipmentsPanel.class).single().openForm;
        assertThat(form.carrier.getValue().name()).isEqualTo("Angara (test)");
        assertThat(form.loading.getValue().name()).isEqualTo("Rajin (test)");
        assertThat(form.getDraft().period()).isEqualTo(Period.month(2023, 9));
        form.discharge.setValue(places.find(nakhodka).orElseThrow());
        test(form.save).click();
        assertThat(text("shipments-list")).contains("Rajin (test) → Nakhodka (test)");

        selectTab("Parties");
        test(find(Button.class).withText("Remove party").single()).click();
        assertThat(find(PartiesPanel.class).single().count()).isZero();
        assertThat(transferParties.partiesOf(transferId)).isEmpty();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_vessel_on_a_rail_leg_shows_the_sentence_in_the_dialog_and_nothing_is_saved() {
        var crossing = fixture.place("Tumangang–Khasan", org.transferwatch.place.PlaceKind.RAIL_CROSSING, "PRK");
        open();
        selectTab("Shipments");
        test(find(Button.class).id("shipments-add")).click();
        var form = find(ShipmentsPanel.class).single().openForm;
        test(form.mode).selectItem("Rail");
        form.carrier.setValue(parties.find(angara).orElseThrow());
        form.loading.setValue(places.find(rajin).orElseThrow());
        form.crossing.setValue(places.find(crossing).orElseThrow());
        test(form.save).click();

        assertThat(form.problems()).containsExactly(
                "A vessel cannot carry a rail leg: choose the train operator or leave the carrier empty.");
        assertThat(form.carrier.isInvalid()).isTrue();
        assertThat(form.carrier.getErrorMessage())
            .isEqualTo("A vessel cannot carry a rail leg: choose the train operator or leave the carrier empty.");
        assertThat(find(ShipmentsPanel.class).single().openForm).isSameAs(form);
        assertThat(shipments.shipmentsOf(transferId)).isEmpty();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_backwards_leg_is_refused_by_the_form_before_it_reaches_the_service() {
        open();
        selectTab("Shipments");
        test(find(Button.class).id("shipments-add")).click();
        var form = find(ShipmentsPanel.class).single().openForm;
        test(form.mode).selectItem("Sea");
        form.loading.setValue(places.find(rajin).orElseThrow());
        test(form.shipToShip).click();
        test(form.save).click();
        assertThat(form.problems()).containsExactly(
                "A ship-to-ship transfer is between two vessels: choose the carrier and the receiving vessel.",
                "Give the position at sea of the ship-to-ship transfer: its latitude and longitude.");
        assertThat(shipments.shipmentsOf(transferId)).isEmpty();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_confirmed_designated_party_shows_the_banner_the_badge_and_its_regimes_asset_freeze() {
        recordShipperAndLeg();
        fixture.match(shipper, "KPe.058", "confirmed");
        open();
        assertThat(text("transfer-designated-banner")).isEqualTo("Designated party involved: Korea Achim Shipping Co"
                + " (test) (a shipper of this transfer; KPe.058, DPRK). See the Sanctions tab for the provisions of the"
                + " designating regime.");
        selectTab("Parties");
        assertThat(find(PartiesPanel.class).single().getElement().getTextRecursively()).contains("Designated party");
        selectTab("Sanctions");
        assertThat(text("sanctions-suggested")).contains("UNSCR 1718 (2006) para 8(d)")
            .contains("Korea Achim Shipping Co (test), a shipper of this transfer, is designated (KPe.058) under the"
                    + " DPRK regime.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void no_banner_shows_without_a_confirmed_designated_party() {
        recordShipperAndLeg();
        fixture.match(shipper, "KPe.058", "possible");
        open();
        assertThat(find(Div.class).withId("transfer-designated-banner").exists()).isFalse();
        selectTab("Parties");
        assertThat(text("parties-list")).contains("1 possible match to review").doesNotContain("Designated party");
    }

}
