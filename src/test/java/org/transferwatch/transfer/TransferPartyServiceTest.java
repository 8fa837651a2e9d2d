package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.db.Tables.TRANSFER_PARTY;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.party.PartyKind;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.Accounts;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/** Placing parties in transfers: their roles and claims, the rules, the audit, visibility and concurrent edits. */
@TransferWatchTest
@Transactional
class TransferPartyServiceTest {

    @Autowired
    TransferPartyService parties;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    TransferHistoryService history;

    @Autowired
    SourceService sources;

    @Autowired
    DSLContext dsl;

    PartsFixture fixture;

    long transferId;

    long shipper;

    long source;

    @BeforeEach
    void setUp() {
        fixture = new PartsFixture(dsl, sources);
        transferId = TestData.as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("PRK", "RUS", "Artillery shells")));
        shipper = fixture.company("Korea Achim Shipping Co (test)");
        source = fixture.source("MSMT first report");
    }

    private NewTransferParty asShipper(long partyId) {
        return new NewTransferParty(partyId, PartyRole.SHIPPER, "Named as the shipper of the containers.",
                List.of(PartsFixture.claim(source, "Korea Achim Shipping shipped the containers from Rajin.")));
    }

    private long publish() {
        return TestData.as(Role.REVIEWER, () -> {
            reviews.publish(transferId, transfers.version(transferId).orElseThrow());
            return transferId;
        });
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_places_a_party_in_a_draft_with_its_claim_and_sees_its_role_kind_country_and_source() {
        var id = parties.addParty(transferId, asShipper(shipper));

        var listed = parties.partiesOf(transferId);
        assertThat(listed).singleElement().satisfies(party -> {
            assertThat(party.id()).isEqualTo(id);
            assertThat(party.name()).isEqualTo("Korea Achim Shipping Co (test)");
            assertThat(party.role()).isEqualTo(PartyRole.SHIPPER);
            assertThat(party.kind()).isEqualTo(PartyKind.COMPANY);
            assertThat(party.countryName()).isEqualTo("North Korea");
            assertThat(party.designated()).isFalse();
            assertThat(party.note()).isEqualTo("Named as the shipper of the containers.");
            assertThat(party.claims()).singleElement().satisfies(claim -> {
                assertThat(claim.sourceTitle()).isEqualTo("MSMT first report");
                assertThat(claim.quote()).isEqualTo("Korea Achim Shipping shipped the containers from Rajin.");
                assertThat(claim.stance()).isEqualTo(Stance.SUPPORTS);
                assertThat(claim.grade().code()).isEqualTo("B2");
            });
        });
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_party_without_a_role_or_a_claim_is_refused_with_sentences_and_nothing_is_saved() {
        assertThatThrownBy(() -> parties.addParty(transferId, new NewTransferParty(shipper, null, null, List.of())))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                    "Choose the party's role in the transfer.",
                    "Quote a source that places the party in the transfer."));
        assertThatThrownBy(() -> parties.addParty(transferId, new NewTransferParty(shipper, PartyRole.SHIPPER, null,
                List.of(new NewClaim(source, " ", Stance.SUPPORTS, null)))))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                    "Quote the passage of the source that makes the claim.",
                    "Grade the claim: how reliable is the source, and how credible the information?"));
        assertThat(parties.partiesOf(transferId)).isEmpty();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_unknown_party_is_refused_as_a_problem_of_the_party_field() {
        assertThatThrownBy(() -> parties.addParty(transferId, asShipper(-1)))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.problemsWithFields()).extracting(Problem::field).containsExactly(NewTransferParty.Field.PARTY);
                assertThat(e.getMessage()).isEqualTo("That party does not exist: search for it again.");
            });
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_same_role_twice_is_refused_naming_the_party_and_nothing_more_is_saved() {
        parties.addParty(transferId, asShipper(shipper));
        assertThatThrownBy(() -> parties.addParty(transferId, asShipper(shipper)))
            .isInstanceOf(ValidationException.class)
            .hasMessage("Korea Achim Shipping Co (test) is already a shipper of this transfer.");
        assertThat(dsl.fetchCount(TRANSFER_PARTY, TRANSFER_PARTY.TRANSFER_ID.eq(transferId))).isEqualTo(1);
        var carrier = parties.addParty(transferId, new NewTransferParty(shipper, PartyRole.CARRIER, null,
                List.of(PartsFixture.claim(source, "It also chartered the vessel."))));
        assertThat(parties.partiesOf(transferId)).extracting(InvolvedParty::id).hasSize(2).contains(carrier);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_unknown_source_is_refused_and_the_party_is_not_saved_either() {
        assertThatThrownBy(() -> parties.addParty(transferId, new NewTransferParty(shipper, PartyRole.SHIPPER, null,
                List.of(PartsFixture.claim(-5, "A quote.")))))
            .hasMessage("That source no longer exists.");
        assertThat(dsl.fetchCount(TRANSFER_PARTY, TRANSFER_PARTY.TRANSFER_ID.eq(transferId))).isZero();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void each_change_is_audited_under_the_transfer_with_before_and_after_and_shows_in_its_history() {
        var id = parties.addParty(transferId, asShipper(shipper));
        var version = parties.partiesOf(transferId).getFirst().version();
        parties.updateParty(id, version, PartyRole.BROKER, "Arranged the sale.");
        var second = parties.addPartyClaim(id, new NewClaim(source, "It denied any role.", Stance.DISPUTES,
                AdmiraltyGrade.parse("C3")));
        parties.removePartyClaim(second);
        parties.removeParty(id, version + 1);

        var events = fixture.audit("transfer_party", id);
        assertThat(events).extracting(PartsFixture.AuditRow::action).containsExactly("create", "update", "delete");
        assertThat(events).allSatisfy(event -> assertThat(event.transferId()).isEqualTo(transferId));
        assertThat(events.get(1).before("role")).isEqualTo("shipper");
        assertThat(events.get(1).after("role")).isEqualTo("broker");
        assertThat(events.get(1).after("note")).isEqualTo("Arranged the sale.");
        assertThat(events.get(2).before("role")).isEqualTo("broker");
        assertThat(events.get(2).after()).isNull();
        var disputing = fixture.audit("party_claim", second);
        assertThat(disputing).extracting(PartsFixture.AuditRow::action).containsExactly("create", "delete");
        assertThat(disputing.getFirst().after("stance")).isEqualTo("disputes");
        assertThat(disputing.getLast().before("quote")).isEqualTo("It denied any role.");
        assertThat(history.history(transferId)).extracting(entry -> entry.activity())
            .contains("added a party", "changed a party's role or note", "removed a party",
                    "added a source's claim about a party", "removed a source's claim about a party");
        var added = history.history(transferId).stream().filter(entry -> entry.activity().equals("added a party"))
            .findFirst().orElseThrow();
        assertThat(added.changes()).extracting(change -> change.field(), change -> change.after()).contains(
                org.assertj.core.groups.Tuple.tuple("Party", "Korea Achim Shipping Co (test)"),
                org.assertj.core.groups.Tuple.tuple("Role", "Shipper"));
        assertThat(parties.partiesOf(transferId)).isEmpty();
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_last_claim_that_places_a_party_stays() {
        var id = parties.addParty(transferId, asShipper(shipper));
        var claim = parties.partiesOf(transferId).getFirst().claims().getFirst();
        assertThatThrownBy(() -> parties.removePartyClaim(claim.id()))
            .hasMessage("A party stays in a transfer on at least one source's claim: add another claim first, or"
                    + " remove the party.");
        assertThat(parties.partiesOf(transferId).getFirst().claims()).hasSize(1);
        assertThat(id).isPositive();
    }

    @Test
    void a_save_over_a_newer_one_is_refused_naming_the_other_editor_and_nothing_is_overwritten() {
        var id = Accounts.as("analyst", Role.ANALYST, () -> parties.addParty(transferId, asShipper(shipper)));
        var loaded = Accounts.as("analyst", Role.ANALYST, () -> parties.partiesOf(transferId).getFirst().version());
        Accounts.as("reviewer", Role.REVIEWER, () -> parties.updateParty(id, loaded, PartyRole.CARRIER, null));
        assertThatThrownBy(() -> Accounts.as("analyst", Role.ANALYST,
                () -> parties.updateParty(id, loaded, PartyRole.BROKER, "Mine.")))
            .isInstanceOf(ConcurrentEditException.class)
            .hasMessageStartingWith("This party's role was changed by Demo reviewer at ")
            .hasMessageEndingWith(" — reload to see their change.");
        assertThatThrownBy(() -> Accounts.as("analyst", Role.ANALYST, () -> parties.removeParty(id, loaded)))
            .isInstanceOf(ConcurrentEditException.class);
        assertThat(Accounts.as("analyst", Role.ANALYST, () -> parties.partiesOf(transferId).getFirst().role()))
            .isEqualTo(PartyRole.CARRIER);
    }

    @Test
    void viewers_see_the_parties_of_published_transfers_only_and_analysts_change_drafts_only() {
        Accounts.as("analyst", Role.ANALYST, () -> parties.addParty(transferId, asShipper(shipper)));
        assertThatThrownBy(() -> Accounts.as("viewer", Role.VIEWER, () -> parties.partiesOf(transferId)))
            .isInstanceOf(NotFoundException.class);
        publish();
        assertThat(Accounts.as("viewer", Role.VIEWER, () -> parties.partiesOf(transferId))).hasSize(1);
        var end = fixture.company("End user (test)");
        var endUser = new NewTransferParty(end, PartyRole.END_USER, null, List.of(PartsFixture.claim(source, "Used.")));
        assertThatThrownBy(() -> Accounts.as("analyst", Role.ANALYST, () -> parties.addParty(transferId, endUser)))
            .isInstanceOf(AccessDeniedException.class);
        Accounts.as("reviewer", Role.REVIEWER, () -> parties.addParty(transferId, endUser));
        assertThat(Accounts.as("viewer", Role.VIEWER, () -> parties.partiesOf(transferId))).hasSize(2);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void flags_a_transfer_whose_shipper_is_confirmed_designated_and_not_one_with_a_possible_match_only() {
        parties.addParty(transferId, asShipper(shipper));
        fixture.match(shipper, "KPe.058", "possible");
        assertThat(parties.designatedPartyInvolved(transferId)).isFalse();
        assertThat(parties.designatedParties(transferId)).isEmpty();

        var other = fixture.company("Korea Samjong (test)");
        parties.addParty(transferId, new NewTransferParty(other, PartyRole.SELLER, null,
                List.of(PartsFixture.claim(source, "It sold the shells."))));
        fixture.match(other, "KPe.063", "confirmed");

        assertThat(parties.designatedPartyInvolved(transferId)).isTrue();
        assertThat(parties.designatedParties(transferId)).singleElement().satisfies(party -> {
            assertThat(party.name()).isEqualTo("Korea Samjong (test)");
            assertThat(party.involvement()).isEqualTo("a seller of this transfer");
            assertThat(party.listings()).extracting(DesignatedParty.Listing::reference, DesignatedParty.Listing::regimeCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KPe.063", "DPRK"));
        });
        assertThat(parties.partiesOf(transferId)).filteredOn(InvolvedParty::designated)
            .extracting(InvolvedParty::name).containsExactly("Korea Samjong (test)");
    }

}
