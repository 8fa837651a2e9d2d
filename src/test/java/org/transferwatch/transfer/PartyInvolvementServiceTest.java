package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferwatch.db.Tables.PARTY_CLAIM;
import static org.transferwatch.db.Tables.TRANSFER_PARTY;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.party.PartyLinks;
import org.transferwatch.party.PartyTransfers;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;

/** The party feature's ports into the transfers: a party's page reads through PartyTransfers, a merge moves links. */
@TransferWatchTest
@Transactional
class PartyInvolvementServiceTest {

    @Autowired
    PartyTransfers partyTransfers;

    @Autowired
    PartyLinks partyLinks;

    @Autowired
    TransferPartyService parties;

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

    long source;

    @BeforeEach
    void setUp() {
        fixture = new PartsFixture(dsl, sources);
        source = fixture.source("MSMT first report");
    }

    private long transfer(String item) {
        return TestData.as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", item)));
    }

    private long place(long transferId, long partyId, PartyRole role, NewClaim... claims) {
        return Accounts.as("analyst", Role.ANALYST,
                () -> parties.addParty(transferId, new NewTransferParty(partyId, role, null, List.of(claims))));
    }

    private void publish(long transferId) {
        Accounts.as("reviewer", Role.REVIEWER, () -> reviews.publish(transferId, transfers.version(transferId).orElseThrow()));
    }

    @Test
    void a_viewer_sees_a_partys_published_transfers_and_legs_and_an_analyst_sees_its_drafts_too() {
        var company = fixture.company("Korea Achim Shipping Co (test)");
        var vessel = fixture.vessel("Angara (test)");
        var rajin = fixture.port("Rajin");
        var dunai = fixture.place("Dunai", org.transferwatch.place.PlaceKind.PORT, "RUS");
        var published = transfer("Published shells");
        var draft = transfer("Draft shells");
        place(published, company, PartyRole.SHIPPER, PartsFixture.claim(source, "Shipped them."));
        place(draft, company, PartyRole.CARRIER, PartsFixture.claim(source, "Carried them."));
        for (var transferId : List.of(published, draft)) {
            Accounts.as("analyst", Role.ANALYST, () -> shipments.addShipment(transferId, new ShipmentDraft(ShipmentMode.SEA,
                    false, Period.month(2023, 9), vessel, null, rajin, dunai, null, null, null, Quantity.UNKNOWN, null),
                    List.of()));
        }
        publish(published);

        var seenByViewer = Accounts.as("viewer", Role.VIEWER, () -> partyTransfers.transfersOf(company));
        assertThat(seenByViewer).singleElement().satisfies(transfer -> {
            assertThat(transfer.transferId()).isEqualTo(published);
            assertThat(transfer.role()).isEqualTo("Shipper");
            assertThat(transfer.reviewState()).isEqualTo("Published");
        });
        assertThat(Accounts.as("analyst", Role.ANALYST, () -> partyTransfers.transfersOf(company)))
            .extracting(PartyTransfers.PartyTransfer::transferId).containsExactly(draft, published);
        assertThat(Accounts.as("viewer", Role.VIEWER, () -> partyTransfers.shipmentsOf(vessel))).singleElement()
            .satisfies(leg -> {
                assertThat(leg.transferId()).isEqualTo(published);
                assertThat(leg.part()).isEqualTo("Carrier");
                assertThat(leg.from()).isEqualTo("Rajin (test)");
                assertThat(leg.to()).isEqualTo("Dunai (test)");
                assertThat(leg.period()).isEqualTo("Sep 2023");
            });
        assertThat(Accounts.as("analyst", Role.ANALYST, () -> partyTransfers.shipmentsOf(vessel))).hasSize(2);
    }

    @Test
    void a_merge_moves_the_roles_and_legs_and_keeps_a_duplicated_role_once_with_each_claim_once() {
        var kept = fixture.company("Korea Achim Shipping Co (test)");
        var merged = fixture.company("Korea Achim Shipping Company (test)");
        var transferId = transfer("Shells");
        var other = transfer("Coal");
        var second = fixture.source("Panel of Experts report");
        var keptRole = place(transferId, kept, PartyRole.SHIPPER, PartsFixture.claim(source, "Korea Achim shipped them."));
        place(transferId, merged, PartyRole.SHIPPER, PartsFixture.claim(source, "Korea Achim shipped them."),
                PartsFixture.claim(second, "The company booked the ship."));
        place(other, merged, PartyRole.SELLER, PartsFixture.claim(source, "It sold the coal."));

        var moved = Accounts.as("admin", Role.ADMIN, () -> partyLinks.moveLinks(merged, kept));

        assertThat(moved).isEqualTo(2);
        assertThat(dsl.fetchCount(TRANSFER_PARTY, TRANSFER_PARTY.PARTY_ID.eq(merged))).isZero();
        assertThat(dsl.select(PARTY_CLAIM.QUOTE).from(PARTY_CLAIM).where(PARTY_CLAIM.TRANSFER_PARTY_ID.eq(keptRole))
            .orderBy(PARTY_CLAIM.ID).fetch(PARTY_CLAIM.QUOTE))
            .containsExactly("Korea Achim shipped them.", "The company booked the ship.");
        var roles = Accounts.as("analyst", Role.ANALYST, () -> partyTransfers.transfersOf(kept));
        assertThat(roles).extracting(PartyTransfers.PartyTransfer::transferId, PartyTransfers.PartyTransfer::role)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(other, "Seller"),
                    org.assertj.core.groups.Tuple.tuple(transferId, "Shipper"));
    }

}
