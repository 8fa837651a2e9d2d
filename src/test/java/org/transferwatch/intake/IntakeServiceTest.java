package org.transferwatch.intake;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.support.TestData.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.party.PartyKind;
import org.transferwatch.transfer.PartyRole;
import org.transferwatch.transfer.ShipmentMode;
import org.transferwatch.transfer.ShipmentService;
import org.transferwatch.transfer.TransferPartyService;
import org.transferwatch.transfer.TransferService;

@TransferWatchTest
@Transactional
class IntakeServiceTest {

    @Autowired
    IntakeService intake;

    @Autowired
    TransferService transfers;

    @Autowired
    EvidenceService evidenceService;

    @Autowired
    TransferListService listing;

    @Autowired
    SourceService sources;

    private long demoSource() {
        return as(Role.VIEWER, () -> sources.search("Yonhap", 1).getFirst().id());
    }

    /** The demo article as a source of its own, so that none of its proposals is recorded yet. */
    private long article() {
        var demo = as(Role.VIEWER, () -> sources.findById(demoSource()).orElseThrow());
        return as(Role.ANALYST, () -> sources.add(new NewSource(
                SourceKind.NEWS_ARTICLE, "Yonhap, second copy", demo.publisher(), null, null,
                demo.publishedOn(), "en", demo.content() + "\n(Copy for a test.)")).source().id());
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void reads_the_demo_article_with_the_alias_table_from_the_database() {
        var reading = intake.read(demoSource());
        assertThat(reading.source().publisher()).isEqualTo("Yonhap News Agency");
        assertThat(reading.reading().proposals()).extracting(Proposal::pairLabel)
            .containsExactly("North Korea → Russia", "North Korea → Russia", "North Korea → Russia");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void accepting_creates_one_draft_with_its_claim_and_the_denial_as_a_disputing_claim() {
        var source = article();
        var shells = intake.read(source).reading().proposals().get(1);
        var id = intake.accept(source, shells, shells.draft(null, Confidence.MODERATE), AdmiraltyGrade.parse("B2"),
                AdmiraltyGrade.parse("B4"));
        var details = transfers.details(id);
        assertThat(details.transfer().reviewState()).isEqualTo(ReviewState.DRAFT);
        assertThat(details.transfer().fields().item()).isEqualTo("Infantry artillery shells and rockets");
        assertThat(details.transfer().fields().period().label()).isEqualTo("Q4 2022");
        assertThat(evidenceService.claims(id)).extracting(c -> c.stance() + " " + c.grade().code() + " " + c.quote())
            .containsExactlyInAnyOrder(
                    "SUPPORTS B2 North Korea is said to have provided millions of infantry artillery shells and rockets to Russia late last year.",
                    "DISPUTES B4 North Korea has strongly and repeatedly dismissed the accusation.");
        assertThat(intake.accepted(source, shells)).contains(id);
    }

    @Autowired
    TransferPartyService transferParties;

    @Autowired
    ShipmentService shipments;

    @Test
    @WithDemoUser(Role.ANALYST)
    void accepting_records_the_kept_vessel_as_carrier_and_its_leg_from_rajin_to_dunai_with_the_sentence_as_claim() {
        var source = as(Role.ANALYST, () -> sources.add(new NewSource(SourceKind.NEWS_ARTICLE, "Shipments report",
                "A test outlet", null, null, LocalDate.of(2023, 10, 5), "en",
                "North Korea has shipped artillery shells to Russia since August 2023. The Russian-flagged cargo ship "
                        + "Zvezda Vostoka loaded containers at Rajin and discharged them at the port of Dunai in "
                        + "September 2023.")).source().id());
        var proposal = intake.read(source).reading().proposals().getFirst();
        var id = intake.accept(source, proposal, proposal.draft(null, Confidence.MODERATE), AdmiraltyGrade.parse("C3"),
                null, proposal.parties(), proposal.shipments());
        assertThat(transferParties.partiesOf(id)).singleElement().satisfies(party -> {
            assertThat(party.name()).isEqualTo("Zvezda Vostoka");
            assertThat(party.role()).isEqualTo(PartyRole.CARRIER);
            assertThat(party.kind()).isEqualTo(PartyKind.VESSEL);
        });
        assertThat(shipments.shipmentsOf(id)).singleElement().satisfies(leg -> {
            assertThat(leg.draft().mode()).isEqualTo(ShipmentMode.SEA);
            assertThat(leg.loading().name() + " > " + leg.discharge().name() + " on " + leg.carrier().name())
                .isEqualTo("Rajin > Dunai on Zvezda Vostoka");
            assertThat(leg.claims()).singleElement().satisfies(claim -> assertThat(claim.toString())
                .contains("The Russian-flagged cargo ship Zvezda Vostoka loaded"));
        });
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void accepting_the_same_proposal_twice_is_refused_and_creates_nothing() {
        var source = article();
        var raw = intake.read(source).reading().proposals().get(2);
        intake.accept(source, raw, raw.draft(null, Confidence.LOW), IntakeService.DEFAULT_GRADE, null);
        var before = listing.count(TransferFilter.NONE);
        assertThatThrownBy(() -> intake.accept(source, raw, raw.draft(null, Confidence.LOW), IntakeService.DEFAULT_GRADE, null))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("already accepted");
        assertThat(listing.count(TransferFilter.NONE)).isEqualTo(before);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void the_demo_transfers_count_as_already_accepted_from_the_demo_article() {
        var source = demoSource();
        var proposals = intake.read(source).reading().proposals();
        // The munitions' demo quote is the part of the sentence that makes the claim; the assistant quotes all of it.
        assertThat(intake.acceptedProposals(source, proposals)).containsOnlyKeys(1, 2, 3)
            .values().doesNotHaveDuplicates();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_may_neither_read_with_the_assistant_nor_accept() {
        var source = demoSource();
        assertThatThrownBy(() -> intake.read(source)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_rule_proposes_moderate_confidence_for_a_b2_claim_and_low_for_an_e5() {
        var proposal = MigrationAliases.assistant().read("Iran sent drones to Russia.", null).proposals().getFirst();
        assertThat(IntakeService.proposedConfidence(proposal, AdmiraltyGrade.parse("B2"))).isEqualTo(Confidence.MODERATE);
        assertThat(IntakeService.proposedConfidence(proposal, AdmiraltyGrade.parse("E5"))).isEqualTo(Confidence.LOW);
        assertThat(proposal.stance()).isEqualTo(Stance.SUPPORTS);
    }

}
