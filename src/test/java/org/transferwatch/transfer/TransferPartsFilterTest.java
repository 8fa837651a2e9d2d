package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.support.TestData.as;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.support.RouteScenario;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/** The criteria on a transfer's parties and shipments, through the service, against the real database. */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class TransferPartsFilterTest {

    @Autowired
    RouteScenario.Maker scenarios;

    @Autowired
    TransferListService listing;

    RouteScenario scenario;

    @BeforeEach
    void addTransfersWithParts() {
        scenario = scenarios.create();
    }

    private List<Long> ids(TransferFilter filter) {
        var ids = listing.page(filter, TransferSort.NEWEST, 0, 100).stream().map(TransferRow::id).toList();
        assertThat(listing.count(filter)).as("the count of %s", filter).isEqualTo(ids.size());
        assertThat(listing.pageWithCount(filter, TransferSort.NEWEST, 0, 50).count().value()).isEqualTo(ids.size());
        return ids;
    }

    @Test
    void a_party_is_found_by_its_name_an_alias_or_an_identifier_in_a_role_or_on_a_shipment() {
        assertThat(ids(TransferFilter.NONE.withParty("Korea Rye Song Gang Shipping"))).containsExactly(scenario.shells());
        assertThat(ids(TransferFilter.NONE.withParty("rye-song gang"))).containsExactly(scenario.shells());
        assertThat(ids(TransferFilter.NONE.withParty("5561234"))).containsExactly(scenario.shells());
        assertThat(ids(TransferFilter.NONE.withParty("angara"))).containsExactlyInAnyOrder(scenario.shells(),
                scenario.drones());
        assertThat(ids(TransferFilter.NONE.withParty("Sea Gull"))).containsExactly(scenario.drones());
        assertThat(ids(TransferFilter.NONE.withParty("Korean People's Army"))).containsExactly(scenario.jets());
        assertThat(ids(TransferFilter.NONE.withParty("Nobody Shipping"))).isEmpty();
    }

    @Test
    void a_vessel_is_found_by_its_name_or_imo_number_and_a_company_of_the_same_name_is_not() {
        assertThat(ids(TransferFilter.NONE.withVessel("Angara"))).containsExactly(scenario.shells());
        assertThat(ids(TransferFilter.NONE.withVessel("IMO 9123453"))).containsExactly(scenario.shells());
        assertThat(ids(TransferFilter.NONE.withVessel("9123453"))).containsExactly(scenario.shells());
        assertThat(ids(TransferFilter.NONE.withVessel("sea gull"))).containsExactly(scenario.drones());
        assertThat(ids(TransferFilter.NONE.withVessel("Rye Song Gang"))).isEmpty();
    }

    @Test
    void a_place_matches_the_transfers_loaded_discharged_or_crossing_there() {
        assertThat(ids(TransferFilter.NONE.withPlace(scenario.rajin()))).containsExactlyInAnyOrder(scenario.shells(),
                scenario.jets());
        assertThat(ids(TransferFilter.NONE.withPlace(scenario.dunai()))).containsExactly(scenario.shells());
        assertThat(ids(TransferFilter.NONE.withPlace(scenario.tumangang()))).containsExactly(scenario.jets());
        assertThat(ids(TransferFilter.NONE.withPlace(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void designated_party_means_a_confirmed_match_of_a_party_a_carrier_or_a_receiving_vessel_never_a_possible_one() {
        assertThat(ids(TransferFilter.NONE.withDesignatedParty(true))).containsExactlyInAnyOrder(scenario.shells(),
                scenario.drones());
    }

    @Test
    void the_criteria_combine_with_a_pair_in_either_direction() {
        var prkRus = TransferFilter.NONE.withPair("PRK", "RUS", true);
        assertThat(ids(prkRus.withDesignatedParty(true))).containsExactly(scenario.shells());
        assertThat(ids(prkRus.withPlace(scenario.rajin()))).containsExactlyInAnyOrder(scenario.shells(), scenario.jets());
        assertThat(ids(TransferFilter.NONE.withPair("RUS", "PRK", true).withPlace(scenario.tumangang())))
            .containsExactly(scenario.jets());
        assertThat(ids(TransferFilter.pair("RUS", "PRK").withDesignatedParty(true))).isEmpty();
        assertThat(ids(TransferFilter.pair("PRK", "RUS").withParty("angara").withVessel("angara")))
            .containsExactly(scenario.shells());
        assertThat(ids(TransferFilter.NONE.withPair("RUS", null, true).withParty("angara")))
            .containsExactlyInAnyOrder(scenario.shells(), scenario.drones());
    }

    @Test
    void a_viewer_finds_published_transfers_only() {
        assertThat(as(Role.VIEWER, () -> ids(TransferFilter.NONE.withDesignatedParty(true))))
            .containsExactlyInAnyOrder(scenario.shells(), scenario.drones());
        assertThat(as(Role.VIEWER, () -> ids(TransferFilter.NONE.withPlace(scenario.rajin()))))
            .containsExactly(scenario.shells());
        assertThat(as(Role.VIEWER, () -> ids(TransferFilter.NONE.withParty("Russian Railways")))).isEmpty();
    }

    @Test
    void a_name_without_letters_or_digits_finds_nothing_and_one_over_the_limit_is_refused() {
        for (var text : List.of("%", "_", "' or 1=1 --", "-")) {
            assertThat(ids(TransferFilter.NONE.withParty(text))).as(text).isEmpty();
            assertThat(ids(TransferFilter.NONE.withVessel(text))).as(text).isEmpty();
        }
        assertThatThrownBy(() -> listing.count(TransferFilter.NONE.withParty("x".repeat(201))))
            .isInstanceOf(ValidationException.class).hasMessage("The party name is limited to 200 characters.");
    }

    @Test
    void a_row_says_whether_a_designated_party_is_involved() {
        var rows = listing.page(TransferFilter.NONE, TransferSort.NEWEST, 0, 100);
        assertThat(rows.stream().filter(TransferRow::designatedParty).map(TransferRow::id))
            .containsExactlyInAnyOrder(scenario.shells(), scenario.drones());
        assertThat(listing.pageAfter(TransferFilter.NONE, null, 100).stream().filter(TransferRow::designatedParty)
            .map(TransferRow::id)).containsExactlyInAnyOrder(scenario.shells(), scenario.drones());
    }

}
