package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.transferwatch.party.PartyKind;
import org.transferwatch.place.Place;

/**
 * Vessels, companies, places and shipments read from passages in the shape of the reporting on these transfers,
 * and what must not be read as one: a person, a plural of ships, "port" used figuratively.
 */
class TransportReadingTest {

    private static final LocalDate REPORT = LocalDate.of(2024, 3, 1);

    private static List<Proposal> read(String text) {
        return MigrationAliases.assistant().read(text, REPORT).proposals();
    }

    private static Proposal only(String text) {
        var proposals = read(text);
        assertThat(proposals).as(text).hasSize(1);
        return proposals.getFirst();
    }

    private static String name(Place place) {
        return place == null ? null : place.name();
    }

    @Test
    void a_named_vessel_loading_at_one_port_and_discharging_at_another_is_the_carrier_of_a_sea_leg() {
        var proposal = only("North Korea has shipped artillery shells to Russia since August 2023. The Russian-flagged "
                + "cargo ship Angara loaded containers at Rajin and discharged them at the port of Dunai in September 2023.");
        assertThat(proposal.pairLabel()).isEqualTo("North Korea → Russia");
        assertThat(proposal.parties()).singleElement().satisfies(angara -> {
            assertThat(angara.name()).isEqualTo("Angara");
            assertThat(angara.kind()).isEqualTo(PartyKind.VESSEL);
            assertThat(angara.role()).isEqualTo(ProposedRole.CARRIER);
            assertThat(angara.flagCode()).isEqualTo("RUS");
            assertThat(angara.mention().text()).isEqualTo("Angara");
            assertThat(angara.sentence().text()).startsWith("The Russian-flagged cargo ship Angara loaded");
            assertThat(angara.why()).contains("cargo ship", "flag Russia: “Russian-flagged”");
        });
        assertThat(proposal.shipments()).singleElement().satisfies(leg -> {
            assertThat(leg.mode()).isEqualTo(TransportMode.SEA);
            assertThat(name(leg.loading())).isEqualTo("Rajin");
            assertThat(name(leg.discharge())).isEqualTo("Dunai");
            assertThat(leg.crossing()).isNull();
            assertThat(leg.carrier()).isEqualTo("Angara");
            assertThat(leg.period().label()).isEqualTo("Sep 2023");
            assertThat(leg.label()).isEqualTo("Sea: Rajin → Dunai, on Angara, Sep 2023");
            assertThat(leg.reasons()).contains("loading place Rajin: “loaded”", "discharge place Dunai: “discharged”");
        });
    }

    @Test
    void a_rail_crossing_is_crossed_and_makes_the_leg_a_rail_one() {
        var proposal = only("North Korea delivered artillery shells to Russia in October 2023. Munitions crossed into "
                + "Russia by rail at the Tumangang-Khasan crossing, officials said.");
        assertThat(proposal.shipments()).singleElement().satisfies(leg -> {
            assertThat(leg.mode()).isEqualTo(TransportMode.RAIL);
            assertThat(name(leg.crossing())).isEqualTo("Tumangang–Khasan rail crossing");
            assertThat(leg.loading()).isNull();
            assertThat(leg.carrier()).isNull();
            assertThat(leg.reasons()).contains("mode rail: “by rail”", "from a sentence next to the claim");
        });
        assertThat(proposal.parties()).isEmpty();
    }

    @Test
    void from_one_port_to_another_in_the_claim_itself() {
        var proposal = only("Russia sent refined petroleum to North Korea aboard the tanker Maria from Vostochny to Nampo "
                + "in January 2024.");
        assertThat(proposal.pairLabel()).isEqualTo("Russia → North Korea");
        assertThat(proposal.shipments()).singleElement().satisfies(leg -> {
            assertThat(name(leg.loading())).isEqualTo("Vostochny");
            assertThat(name(leg.discharge())).isEqualTo("Nampo");
            assertThat(leg.carrier()).isEqualTo("Maria");
            assertThat(leg.sentence()).isEqualTo(proposal.claim());
        });
        assertThat(proposal.parties()).extracting(ProposedParty::name).containsExactly("Maria");
    }

    @Test
    void a_port_whose_part_is_not_stated_is_the_loading_port_of_the_supplier() {
        var proposal = only("North Korean workers are also believed to be shipping artillery shells to Russia via the port "
                + "of Rajin.");
        assertThat(proposal.shipments()).singleElement().satisfies(leg -> {
            assertThat(leg.mode()).isEqualTo(TransportMode.SEA);
            assertThat(name(leg.loading())).isEqualTo("Rajin");
            assertThat(leg.crossing()).isNull();
            assertThat(leg.reasons()).contains("loading place Rajin: a port of the supplier, passed through");
        });
    }

    @Test
    void an_alias_or_a_spelling_without_accents_finds_the_place() {
        var proposal = only("Russia delivered refined petroleum to North Korea in May 2024; the cargo arrived in Nampho "
                + "aboard MV Sparta IV after leaving Vladivostok.");
        assertThat(proposal.shipments()).singleElement().satisfies(leg -> {
            assertThat(name(leg.discharge())).isEqualTo("Nampo");
            assertThat(name(leg.loading())).isEqualTo("Vladivostok");
            assertThat(leg.carrier()).isEqualTo("Sparta IV");
        });
    }

    @Test
    void an_imo_number_with_a_right_check_digit_is_the_vessels_and_a_wrong_one_is_refused_in_words() {
        var proposal = only("North Korea shipped munitions to Russia in 2023 on the cargo vessel Lady R (IMO 9179842), "
                + "UN monitors said.");
        assertThat(proposal.parties()).singleElement().satisfies(ladyR -> {
            assertThat(ladyR.name()).isEqualTo("Lady R");
            assertThat(ladyR.imoNumber()).isEqualTo("9179842");
        });
        var wrong = only("North Korea shipped munitions to Russia in 2023 on the cargo vessel Lady R (IMO 9179843).");
        assertThat(wrong.parties()).singleElement().satisfies(ladyR -> assertThat(ladyR.imoNumber()).isNull());
        assertThat(wrong.reasons()).contains("IMO 9179843 is not a valid ship number (its check digit is wrong): not taken");
    }

    @Test
    void a_shipping_company_is_the_shipper_and_a_trading_company_a_broker() {
        var proposal = only("North Korea shipped coal to China in 2022. The vessel was operated by Korea Tonghae Shipping "
                + "Company, and the cargo was sold through Hong Kong Huaxin Trading Co., Ltd.");
        assertThat(proposal.parties()).extracting(ProposedParty::name, ProposedParty::kind, ProposedParty::role)
            .containsExactly(
                    tuple("Korea Tonghae Shipping Company", PartyKind.COMPANY, ProposedRole.SHIPPER),
                    tuple("Hong Kong Huaxin Trading Co., Ltd.", PartyKind.COMPANY, ProposedRole.BROKER));
        assertThat(proposal.parties().getFirst().why()).contains("“operated”");
    }

    @Test
    void a_russian_legal_form_before_the_name_is_read_too() {
        var proposal = only("Iran supplied drones to Russia in 2023 through LLC Sea Tramp and Kalashnikov JSC.");
        assertThat(proposal.parties()).extracting(ProposedParty::name).containsExactly("LLC Sea Tramp", "Kalashnikov JSC");
    }

    @Test
    void a_ship_to_ship_transfer_at_sea_names_both_vessels_and_the_sea_area() {
        var proposal = only("Russia supplied refined petroleum to North Korea in 2023. The tanker Sun Rise carried out a "
                + "ship-to-ship transfer to the tanker Yu Jong in Korea Bay in June 2023.");
        assertThat(proposal.shipments()).singleElement().satisfies(leg -> {
            assertThat(leg.shipToShip()).isTrue();
            assertThat(leg.carrier()).isEqualTo("Sun Rise");
            assertThat(leg.receivingVessel()).isEqualTo("Yu Jong");
            assertThat(name(leg.seaArea())).isEqualTo("Korea Bay");
        });
        assertThat(proposal.parties()).extracting(ProposedParty::name).containsExactly("Sun Rise", "Yu Jong");
    }

    @Test
    void an_airfield_makes_an_air_leg() {
        var proposal = only("Russia delivered air defence missiles to North Korea in 2024. An Il-76 flight landed at Sunan "
                + "airport in February 2024.");
        assertThat(proposal.shipments()).singleElement().satisfies(leg -> {
            assertThat(leg.mode()).isEqualTo(TransportMode.AIR);
            assertThat(name(leg.discharge())).isEqualTo("Sunan International Airport");
        });
    }

    @Test
    void a_persons_name_is_not_a_vessel_and_ships_in_the_plural_name_none() {
        var proposal = only("North Korea delivered artillery shells to Russia in 2023, and Russian cargo ships loaded "
                + "containers at the port of Rajin. Defence Minister Sergei Shoigu visited Wonsan in July.");
        assertThat(proposal.parties()).isEmpty();
        assertThat(proposal.shipments()).extracting(leg -> name(leg.loading())).containsExactly("Rajin");
        assertThat(read("Kim Jong Un inspected the ship's crew at Chongjin and praised Captain Ri.")).isEmpty();
    }

    @Test
    void port_used_figuratively_names_no_place_and_gives_no_shipment() {
        var proposal = only("Iran sold drones to Russia in 2023, and Moscow saw Tehran as a safe port in a storm of "
                + "sanctions.");
        assertThat(proposal.shipments()).isEmpty();
        assertThat(proposal.parties()).isEmpty();
    }

    @Test
    void a_sentence_far_from_any_claim_and_a_denial_give_nothing() {
        var proposals = read("Belarus sent ammunition to Russia by rail in March 2023. Minsk rejected the claims as "
                + "fabrications. The weather was cold. Elsewhere, tourists visited Vladivostok. A ferry, the Rus, "
                + "sailed from Vladivostok to Zarubino in May.");
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.shipments()).isEmpty();
            assertThat(p.parties()).isEmpty();
        });
    }

    @Test
    void a_vessel_named_twice_is_one_party_with_what_each_mention_gives() {
        var proposal = only("North Korea shipped shells to Russia on the cargo ship Angara in 2023. The Angara "
                + "(IMO 9179842) later docked at Vostochny.");
        assertThat(proposal.parties()).extracting(ProposedParty::name, ProposedParty::imoNumber)
            .containsExactly(tuple("Angara", "9179842"));
    }

}
