package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.transferwatch.transfer.TransferStatus;

/**
 * The sentence shapes of published reporting that the assistant once missed (issue 18), each in sentences of
 * our own: capitals for states, "has also supplied", "containers of", "-class" systems, denials without a
 * direction, transfers implied by use, ports for states and talks named by capitals.
 */
class ReportingShapesTest {

    private static final LocalDate REPORT = LocalDate.of(2024, 11, 20);

    private static List<Proposal> read(String text) {
        return MigrationAliases.assistant().read(text, REPORT).proposals();
    }

    private static Proposal only(String text) {
        var proposals = read(text);
        assertThat(proposals).as(text).hasSize(1);
        return proposals.getFirst();
    }

    private static String pair(Proposal proposal) {
        return proposal.supplierCode() + ">" + proposal.recipientCode();
    }

    @Test
    void a_capital_that_has_also_supplied_goods_to_a_capital() {
        var proposal = only("Pyongyang has also supplied artillery shells and missiles to Moscow, officials in Seoul said.");
        assertThat(pair(proposal)).isEqualTo("PRK>RUS");
        assertThat(proposal.item()).isEqualTo("artillery shells and missiles");
        assertThat(proposal.status()).isEqualTo(TransferStatus.DELIVERED);
        assertThat(String.join("; ", proposal.reasons())).contains("has also supplied");
    }

    @Test
    void containers_of_goods_supplied_to_support_a_states_war() {
        var proposal = only("North Korea has supplied more than 13,000 containers of ammunition to support Russia's war"
                + " against Ukraine.");
        assertThat(pair(proposal)).isEqualTo("PRK>RUS");
        assertThat(proposal.item()).contains("ammunition");
        assertThat(proposal.status()).isEqualTo(TransferStatus.DELIVERED);
    }

    @Test
    void a_class_of_vehicle_transferred_since_a_month() {
        var proposal = only("Since September 2024, Moscow has transferred at least one Pantsir-class air defence"
                + " vehicle to Pyongyang.");
        assertThat(pair(proposal)).isEqualTo("RUS>PRK");
        assertThat(proposal.item()).containsIgnoringCase("Pantsir-class");
        assertThat(proposal.status()).isEqualTo(TransferStatus.DELIVERED);
        assertThat(proposal.period()).isNotNull();
    }

    @Test
    void a_denial_of_an_agreement_between_two_capitals_disputes_the_transfer_either_way() {
        var proposals = read("Officials say Pyongyang sent rockets to Moscow last month. Moscow denied that any agreement"
                + " on arms supplies had been signed with Pyongyang.");
        assertThat(proposals).hasSize(1);
        assertThat(pair(proposals.getFirst())).isEqualTo("PRK>RUS");
        assertThat(proposals.getFirst().denials()).extracting(Excerpt::text)
            .containsExactly("Moscow denied that any agreement on arms supplies had been signed with Pyongyang.");
    }

    @Test
    void missiles_fired_at_a_city_that_were_made_in_a_state_were_supplied_by_it_to_the_state_that_fired_them() {
        var proposal = only("The missiles Russia fired at Kharkiv on Tuesday were made in North Korea, prosecutors said.");
        assertThat(pair(proposal)).isEqualTo("PRK>RUS");
        assertThat(proposal.item()).isEqualTo("missiles");
        assertThat(proposal.status()).isEqualTo(TransferStatus.DELIVERED);
    }

    @Test
    void a_port_of_loading_names_the_supplier_and_a_port_of_arrival_the_recipient() {
        var proposal = only("Artillery shells loaded at Rajin were unloaded at Dunai two days later.");
        assertThat(pair(proposal)).isEqualTo("PRK>RUS");
        assertThat(proposal.status()).isEqualTo(TransferStatus.DELIVERED);
        var iran = only("Drones loaded at Amirabad arrived in Astrakhan in March.");
        assertThat(pair(iran)).isEqualTo("IRN>RUS");
        var recipientByPort = only("Iran shipped ammunition that was unloaded at Makhachkala.");
        assertThat(pair(recipientByPort)).isEqualTo("IRN>RUS");
    }

    @Test
    void talks_between_two_capitals_over_deliveries_are_a_negotiation_by_the_party_that_delivers() {
        var proposal = only("Talks between Tehran and Moscow over deliveries of ballistic missiles to Russia have"
                + " stalled.");
        assertThat(pair(proposal)).isEqualTo("IRN>RUS");
        assertThat(proposal.status()).isEqualTo(TransferStatus.UNDER_NEGOTIATION);
        var byDeliverer = only("Talks between Moscow and Tehran over Iran's deliveries of drones continued in Minsk.");
        assertThat(pair(byDeliverer)).isEqualTo("IRN>RUS");
        assertThat(byDeliverer.status()).isEqualTo(TransferStatus.UNDER_NEGOTIATION);
    }

    @Test
    void a_passive_transfer_from_one_state_to_another() {
        var proposal = only("Millions of shells were transferred from North Korea to Russia by rail last year.");
        assertThat(pair(proposal)).isEqualTo("PRK>RUS");
        assertThat(proposal.status()).isEqualTo(TransferStatus.DELIVERED);
        assertThat(only("Shells have been delivered to Moscow by Pyongyang since August.").supplierCode()).isEqualTo("PRK");
    }

    @Test
    void goods_joined_by_and_are_one_whole_noun_phrase() {
        var proposal = only("Pyongyang shipped anti-tank and anti-aircraft missiles to Moscow.");
        assertThat(proposal.item()).doesNotContain("anti-tank and anti-tank");
        assertThat(proposal.item()).isEqualTo("anti-tank and anti-aircraft missiles");
    }

}
