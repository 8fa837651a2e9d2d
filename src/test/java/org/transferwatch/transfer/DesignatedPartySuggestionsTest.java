package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.sanctions.ProvisionSuggestion;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/**
 * A designation power (the UN DPRK regime's asset freeze) is suggested exactly when a party of the transfer or a
 * vessel of its legs is a confirmed designation of that regime, and the reason names the party and the listing.
 */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class DesignatedPartySuggestionsTest {

    static final String ASSET_FREEZE = "UNSCR 1718 (2006) para 8(d)";

    @Autowired
    TransferSanctionsService sanctions;

    @Autowired
    TransferPartyService parties;

    @Autowired
    ShipmentService shipments;

    @Autowired
    TransferListService listing;

    @Autowired
    SanctionsService catalogue;

    @Autowired
    TransferService transfers;

    @Autowired
    SourceService sources;

    @Autowired
    DSLContext dsl;

    PartsFixture fixture;

    long transferId;

    long source;

    @BeforeEach
    void setUp() {
        fixture = new PartsFixture(dsl, sources);
        transferId = TestData.as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", "Artillery shells")));
        source = fixture.source("MSMT first report");
    }

    private List<String> citations() {
        return sanctions.suggestedProvisions(transferId).stream().map(s -> s.provision().citation()).toList();
    }

    private ProvisionSuggestion suggestion(String citation) {
        return sanctions.suggestedProvisions(transferId).stream()
            .filter(s -> s.provision().citation().equals(citation)).findFirst().orElseThrow();
    }

    @Test
    void a_designation_power_is_not_suggested_without_a_designated_party_nor_for_a_possible_match() {
        var shipper = fixture.company("Korea Achim Shipping Co (test)");
        parties.addParty(transferId, new NewTransferParty(shipper, PartyRole.SHIPPER, null,
                List.of(PartsFixture.claim(source, "Shipped by Korea Achim."))));
        fixture.match(shipper, "KPe.058", "possible");
        assertThat(citations()).contains("UNSCR 1874 (2009) para 9").doesNotContain(ASSET_FREEZE);
        var freeze = catalogue.provisionsOfRegime("DPRK").stream()
            .filter(provision -> provision.citation().equals(ASSET_FREEZE)).findFirst().orElseThrow().id();
        assertThat(listing.count(TransferFilter.linkedTo(freeze, LinkedProvision.Linked.SUGGESTED)))
            .as("no transfer has a confirmed designated party").isZero();
    }

    @Test
    void a_confirmed_designated_shipper_brings_its_regimes_asset_freeze_with_a_reason_naming_it() {
        var shipper = fixture.company("Korea Achim Shipping Co (test)");
        parties.addParty(transferId, new NewTransferParty(shipper, PartyRole.SHIPPER, null,
                List.of(PartsFixture.claim(source, "Shipped by Korea Achim."))));
        fixture.match(shipper, "KPe.058", "confirmed");

        var sentence = "Korea Achim Shipping Co (test), a shipper of this transfer, is designated (KPe.058) under the"
                + " DPRK regime.";
        assertThat(suggestion(ASSET_FREEZE).reason()).isEqualTo(sentence);
        assertThat(suggestion("UNSCR 1874 (2009) para 9").reason()).endsWith("; in force throughout the period. " + sentence);
        assertThat(citations().getLast()).isEqualTo(ASSET_FREEZE);

        var freeze = suggestion(ASSET_FREEZE).provision().id();
        var suggestedFreeze = TransferFilter.linkedTo(freeze, LinkedProvision.Linked.SUGGESTED);
        assertThat(listing.count(suggestedFreeze)).as("the list filtered by the freeze, suggested").isEqualTo(1);
        assertThat(sanctions.countsFor(freeze).suggested()).as("the provision page's count").isEqualTo(1);
    }

    @Test
    void a_designated_vessel_carrying_a_leg_counts_too_and_a_decided_provision_is_not_suggested_again() {
        var rajin = fixture.port("Rajin");
        var vessel = fixture.vessel("Hap Jang Gang 6 (test)");
        fixture.match(vessel, "KPe.058", "confirmed");
        shipments.addShipment(transferId, new ShipmentDraft(ShipmentMode.SEA, false, null, vessel, null, rajin, null, null,
                null, null, Quantity.UNKNOWN, null), List.of());

        assertThat(parties.designatedPartyInvolved(transferId)).isTrue();
        assertThat(suggestion(ASSET_FREEZE).reason()).isEqualTo("Hap Jang Gang 6 (test), the carrier of a sea leg of this"
                + " transfer, is designated (KPe.058) under the DPRK regime.");
        sanctions.decideProvision(transferId, suggestion(ASSET_FREEZE).provision().id(),
                org.transferwatch.sanctions.SanctionsLink.Decision.CONFIRMED, null);
        assertThat(citations()).doesNotContain(ASSET_FREEZE);
        var freeze = sanctions.sanctionsLinks(transferId).getFirst().provision().id();
        assertThat(listing.count(TransferFilter.linkedTo(freeze, LinkedProvision.Linked.SUGGESTED))).isZero();
        assertThat(listing.count(TransferFilter.linkedTo(freeze, LinkedProvision.Linked.CONFIRMED))).isEqualTo(1);
    }


    @Test
    void the_suggestions_of_many_transfers_read_at_once_are_each_transfers_own_word_for_word() {
        var shipper = fixture.company("Korea Achim Shipping Co (test)");
        parties.addParty(transferId, new NewTransferParty(shipper, PartyRole.SHIPPER, null,
                List.of(PartsFixture.claim(source, "Shipped by Korea Achim."))));
        fixture.match(shipper, "KPe.058", "confirmed");
        var linked = TestData.as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", "Artillery rockets")));
        var first = sanctions.suggestedProvisions(linked).getFirst().provision().id();
        sanctions.decideProvision(linked, first, org.transferwatch.sanctions.SanctionsLink.Decision.CONFIRMED, null);
        var ids = new java.util.ArrayList<Long>(listing.page(TransferFilter.NONE, TransferSort.PERIOD_DESC, 0, 100).stream()
            .map(TransferRow::id).toList());
        assertThat(ids).contains(transferId, linked);
        var all = sanctions.suggestedProvisionsOf(ids);
        assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        for (var id : ids) {
            assertThat(all.get(id)).as("transfer " + id).isEqualTo(sanctions.suggestedProvisions(id));
        }
        assertThat(all.get(transferId).stream().map(s -> s.provision().citation())).contains(ASSET_FREEZE);
        assertThat(all.get(linked).stream().map(s -> s.provision().id())).doesNotContain(first);
    }

}
