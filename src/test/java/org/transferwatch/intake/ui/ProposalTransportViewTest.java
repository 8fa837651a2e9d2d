package org.transferwatch.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.support.TestData.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.intake.IntakeService;
import org.transferwatch.intake.ProposedParty;
import org.transferwatch.intake.ProposedRole;
import org.transferwatch.place.PlaceDraft;
import org.transferwatch.place.PlaceKind;
import org.transferwatch.place.PlaceService;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/** The parties and shipments a proposal's sentences name, as the analyst sees them on its card and drops them. */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class ProposalTransportViewTest extends SpringBrowserlessTest {

    private static final String REPORT = "North Korea has shipped artillery shells to Russia since August 2023. The "
            + "Russian-flagged cargo ship Angara (IMO 9179842) loaded containers at Rajin and discharged them at the port "
            + "of Dunai in September 2023, and the vessel was operated by Sea Tramp LLC.";

    @Autowired
    SourceService sources;

    @Autowired
    PlaceService places;

    @Autowired
    IntakeService intake;

    private long source(String text) {
        return as(Role.ANALYST, () -> sources.add(new NewSource(SourceKind.NEWS_ARTICLE, "Shipping report", "Test Wire",
                null, null, LocalDate.of(2024, 3, 1), "en", text)).source().id());
    }

    private ProposalCard firstCard(long sourceId) {
        navigate("sources/" + sourceId + "/intake", IntakeView.class);
        var view = (IntakeView) getCurrentView();
        assertThat(view.cards()).hasSize(1);
        return view.cards().getFirst();
    }

    @Test
    void the_card_lists_the_vessel_the_company_and_the_leg_with_the_sentence_they_come_from() {
        var card = firstCard(source(REPORT));
        var parties = find(Div.class).id("proposal-1-parties");
        assertThat(parties.getElement().getTextRecursively()).contains("Parties",
                "Angara (vessel, carrier, IMO 9179842, flag Russia)", "Sea Tramp LLC (company, shipper)");
        var shipments = find(Div.class).id("proposal-1-shipments");
        assertThat(shipments.getElement().getTextRecursively()).contains("Shipments",
                "Sea: Rajin → Dunai, on Angara, Sep 2023");
        assertThat(card.keptParties()).extracting(ProposedParty::name).containsExactly("Angara", "Sea Tramp LLC");
        assertThat(card.keptParties().getFirst().sentence().text()).startsWith("The Russian-flagged cargo ship Angara");
        assertThat(card.keptShipments()).hasSize(1);
    }

    @Test
    void a_dropped_party_is_not_kept_and_can_be_taken_back() {
        var card = firstCard(source(REPORT));
        test(find(Button.class).id("proposal-1-parties-1-drop")).click();
        assertThat(card.keptParties()).extracting(ProposedParty::name).containsExactly("Angara");
        assertThat(find(Button.class).id("proposal-1-parties-1-drop").getText()).isEqualTo("Undo");
        test(find(Button.class).id("proposal-1-shipments-0-drop")).click();
        assertThat(card.keptShipments()).isEmpty();
        test(find(Button.class).id("proposal-1-parties-1-drop")).click();
        assertThat(card.keptParties()).hasSize(2);
    }

    @Test
    void a_party_whose_role_the_text_does_not_state_gets_the_role_the_analyst_picks_and_only_then_is_placed() {
        var text = "North Korea shipped artillery shells to Russia in 2023, the report said, citing documents of "
                + "Paekhak Holdings LLC.";
        var card = firstCard(source(text));
        assertThat(card.keptParties()).singleElement().satisfies(party -> {
            assertThat(party.name()).isEqualTo("Paekhak Holdings LLC");
            assertThat(party.role()).isNull();
        });
        @SuppressWarnings("unchecked")
        Select<ProposedRole> role = find(Select.class).id("proposal-1-parties-0-role");
        assertThat(role.getPlaceholder()).isEqualTo("Role not stated: choose one");
        test(role).selectItem("Shipper");
        assertThat(card.keptParties().getFirst().role()).isEqualTo(ProposedRole.SHIPPER);
        assertThat(card.keptParties().getFirst().label()).isEqualTo("Paekhak Holdings LLC (company, shipper)");
    }

    @Test
    void a_card_without_vessels_or_places_shows_no_such_lists() {
        firstCard(source("Iran sent drones to Russia in 2023."));
        assertThat(find(Div.class).withId("proposal-1-parties").exists()).isFalse();
        assertThat(find(Div.class).withId("proposal-1-shipments").exists()).isFalse();
    }

    @Test
    void a_place_an_administrator_adds_is_recognised_in_the_next_source_read() {
        var text = "North Korea shipped artillery shells to Russia in 2023. The cargo ship Angara discharged them at "
                + "Bolshoy Kamen.";
        var before = as(Role.ANALYST, () -> intake.read(source(text))).reading().proposals().getFirst();
        assertThat(before.shipments()).isEmpty();
        as(Role.ADMIN, () -> places.create(new PlaceDraft("Bolshoy Kamen", PlaceKind.PORT, "RUS", List.of(),
                new BigDecimal("43.11"), new BigDecimal("132.35"), "Test", "none")));
        var after = as(Role.ANALYST, () -> intake.read(source(text))).reading().proposals().getFirst();
        assertThat(after.shipments()).singleElement()
            .satisfies(leg -> assertThat(leg.discharge().name()).isEqualTo("Bolshoy Kamen"));
    }

}
