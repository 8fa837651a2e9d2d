package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferStatus;

/** Direction and status, read from whole sentences the way the assistant reads them. */
class ReadingSentencesTest {

    private static final LocalDate REPORT = LocalDate.of(2023, 8, 30);

    private static List<Proposal> read(String text) {
        return MigrationAliases.assistant().read(text, REPORT).proposals();
    }

    private static String direction(String text) {
        var proposals = read(text);
        assertThat(proposals).as(text).hasSize(1);
        return proposals.getFirst().supplierCode() + ">" + proposals.getFirst().recipientCode();
    }

    private static TransferStatus status(String text) {
        var proposals = read(text);
        assertThat(proposals).as(text).hasSize(1);
        return proposals.getFirst().status();
    }

    @Test
    void the_recipient_of_receive_and_the_supplier_of_from() {
        assertThat(direction("Russia would receive munitions from the DPRK.")).isEqualTo("PRK>RUS");
        assertThat(direction("Belarus received Yak-130 combat trainers from Russia.")).isEqualTo("RUS>BLR");
    }

    @Test
    void a_demonym_on_the_goods_is_their_supplier() {
        assertThat(direction("It could lead to the provision of North Korean weapons to Russia.")).isEqualTo("PRK>RUS");
        assertThat(direction("Russian forces fired North Korean missiles at Kharkiv.")).isEqualTo("PRK>RUS");
    }

    @Test
    void active_passive_and_noun_phrases_give_the_same_direction() {
        assertThat(direction("Iran provided drones to Russia.")).isEqualTo("IRN>RUS");
        assertThat(direction("Drones were supplied to Russia by Iran.")).isEqualTo("IRN>RUS");
        assertThat(direction("Iran supplied Russia with drones.")).isEqualTo("IRN>RUS");
        assertThat(direction("Trains carried ammunition from Belarus to Russia.")).isEqualTo("BLR>RUS");
        assertThat(direction("China's exports of machine tools to Russia doubled.")).isEqualTo("CHN>RUS");
        assertThat(direction("Russia's imports of machine tools from China doubled.")).isEqualTo("CHN>RUS");
        assertThat(direction("Moscow is in talks with Tehran over the sale of fighter jets.")).isEqualTo("RUS>IRN");
    }

    @Test
    void a_trip_a_place_or_a_pair_between_two_states_gives_no_direction() {
        assertThat(read("Russian officials made a trip to North Korea to discuss an arms deal.")).isEmpty();
        assertThat(read("Arms negotiations between Russia and the DPRK are advancing.")).isEmpty();
        assertThat(read("Russia uses missiles in Ukraine.")).isEmpty();
    }

    @Test
    void goods_given_in_exchange_move_the_other_way() {
        var proposals = read("Russia is providing Iran with trainer jets in exchange for drones.");
        assertThat(proposals).extracting(p -> p.supplierCode() + ">" + p.recipientCode() + " " + p.item())
            .containsExactly("RUS>IRN trainer jets", "IRN>RUS drones");
    }

    @Test
    void states_joined_by_and_share_their_role() {
        assertThat(read("Ukraine received F-16 jets from Denmark and the Netherlands."))
            .extracting(p -> p.supplierCode() + ">" + p.recipientCode())
            .containsExactly("DNK>UKR", "NLD>UKR");
    }

    @Test
    void status_cues_from_negotiation_to_delivery() {
        assertThat(status("North Korea is negotiating the sale of artillery shells to Russia."))
            .isEqualTo(TransferStatus.UNDER_NEGOTIATION);
        assertThat(status("Iran has agreed to supply Russia with missiles.")).isEqualTo(TransferStatus.AGREED);
        assertThat(status("Iran signed a deal to sell drones to Russia.")).isEqualTo(TransferStatus.AGREED);
        assertThat(status("North Korea may also seek to provide raw materials for Russia.")).isEqualTo(TransferStatus.POSSIBLE);
        assertThat(status("North Korea could send coal to Russia.")).isEqualTo(TransferStatus.POSSIBLE);
        assertThat(status("North Korea may have sent shells to Russia.")).isEqualTo(TransferStatus.REPORTED);
        assertThat(status("Russia is shipping oil to North Korea.")).isEqualTo(TransferStatus.IN_DELIVERY);
        for (var verb : List.of("provided", "delivered", "shipped", "supplied", "sent")) {
            assertThat(status("Iran " + verb + " drones to Russia.")).as(verb).isEqualTo(TransferStatus.DELIVERED);
        }
    }

    @Test
    void a_denial_of_its_own_is_a_disputing_proposal() {
        for (var verb : List.of("denied", "dismissed reports of", "rejected claims of")) {
            var proposal = read("Tehran " + verb + " sending drones to Russia.");
            assertThat(proposal).as(verb).singleElement().satisfies(p -> {
                assertThat(p.status()).isEqualTo(TransferStatus.DENIED);
                assertThat(p.stance()).isEqualTo(Stance.DISPUTES);
                assertThat(p.pairLabel()).isEqualTo("Iran → Russia");
            });
        }
    }

    @Test
    void a_sentence_that_only_denies_disputes_the_claim_before_it() {
        var proposals = read("Belarus sent ammunition to Russia in March. Minsk rejected the claims as fabrications.");
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.stance()).isEqualTo(Stance.SUPPORTS);
            assertThat(p.status()).isEqualTo(TransferStatus.DELIVERED);
            assertThat(p.denials()).extracting(Excerpt::text).containsExactly("Minsk rejected the claims as fabrications.");
        });
    }

    @Test
    void a_denial_by_a_third_state_does_not_dispute_the_claim() {
        var proposals = read("Belarus sent ammunition to Russia in March. Japan rejected the plan.");
        assertThat(proposals).singleElement().satisfies(p -> assertThat(p.denials()).isEmpty());
    }

}
