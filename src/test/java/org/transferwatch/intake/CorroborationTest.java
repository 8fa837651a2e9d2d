package org.transferwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.support.TestData.as;

import java.time.LocalDate;

import org.jooq.DSLContext;
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
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.Period;
import org.transferwatch.transfer.ReviewState;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferService;

/** A second report of a recorded transfer becomes its second source rather than a second transfer. */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class CorroborationTest {

    @Autowired
    IntakeService intake;

    @Autowired
    SourceService sources;

    @Autowired
    TransferService transfers;

    @Autowired
    EvidenceService evidenceService;

    @Autowired
    TransferListService listing;

    @Autowired
    DSLContext dsl;

    private long source(String title, String url, LocalDate publishedOn, String text) {
        return sources.add(new NewSource(SourceKind.NEWS_ARTICLE, title, "A test outlet", null, url, publishedOn, "en",
                text)).source().id();
    }

    private Proposal firstProposal(long sourceId) {
        return intake.read(sourceId).reading().proposals().getFirst();
    }

    /** The first report, accepted as a draft: North Korea → Russia, artillery shells, August to October 2023. */
    private long recordedShells() {
        var first = source("First report", "https://example.org/first", LocalDate.of(2023, 10, 5),
                "North Korea has shipped artillery shells to Russia since August 2023.");
        var proposal = firstProposal(first);
        return intake.accept(first, proposal, proposal.draft(LocalDate.of(2023, 10, 5), Confidence.MODERATE),
                IntakeService.DEFAULT_GRADE, null);
    }

    private long secondReport(String text) {
        return source("Second report", "https://example.net/second", LocalDate.of(2023, 11, 20), text);
    }

    @Test
    void a_second_report_of_the_same_shells_matches_the_recorded_transfer_and_becomes_its_second_source() {
        var recorded = recordedShells();
        var second = secondReport("Russia received artillery shells from North Korea in September 2023.");
        var proposal = firstProposal(second);
        var matches = intake.corroborations(proposal.draft(LocalDate.of(2023, 11, 20), Confidence.MODERATE));
        // The draft first; then the demo's published munitions of 2023 (the same category), which an analyst may not add to.
        assertThat(matches).extracting(match -> match.transfer().id()).startsWith(recorded);
        assertThat(matches).extracting(m -> m.transfer().item() + " " + m.mayAddEvidence())
            .containsExactly("Artillery shells true", "Munitions, multiple types false");
        var match = matches.getFirst();
        assertThat(match.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.source().title()).isEqualTo("First report");
            assertThat(evidence.claim().grade().code()).isEqualTo("B2");
        });
        assertThat(transfers.details(recorded).proposedConfidence().level()).isEqualTo(Confidence.MODERATE);
        var transfersBefore = listing.count(TransferFilter.NONE);

        assertThat(intake.addAsEvidence(second, proposal, recorded, IntakeService.DEFAULT_GRADE, null)).isEqualTo(recorded);

        assertThat(listing.count(TransferFilter.NONE)).isEqualTo(transfersBefore);
        assertThat(evidenceService.evidence(recorded)).extracting(e -> e.source().title() + " " + e.claim().stance())
            .containsExactlyInAnyOrder("First report SUPPORTS", "Second report SUPPORTS");
        // Two independent sources graded B2, none disputing: the rule's high confidence.
        var rule = transfers.details(recorded).proposedConfidence();
        assertThat(rule.level()).isEqualTo(Confidence.HIGH);
        assertThat(rule.reason()).startsWith("2 independent sources");
        assertThat(intake.acceptedProposals(second, intake.read(second).reading().proposals())).containsEntry(1, recorded);
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event")
            .where("entity_type = 'claim_link' and action = 'create' and transfer_id = ?", recorded))).isEqualTo(2);
        assertThatThrownBy(() -> intake.addAsEvidence(second, proposal, recorded, IntakeService.DEFAULT_GRADE, null))
            .isInstanceOf(ValidationException.class).hasMessageContaining("already recorded as evidence of transfer #" + recorded);
    }

    @Test
    void a_denial_in_the_second_report_disputes_the_recorded_transfer() {
        var recorded = recordedShells();
        var second = secondReport("Russia received artillery shells from North Korea in September 2023. "
                + "North Korea has strongly and repeatedly dismissed the accusation.");
        var proposal = firstProposal(second);
        assertThat(proposal.denials()).isNotEmpty();
        intake.addAsEvidence(second, proposal, recorded, IntakeService.DEFAULT_GRADE, null);
        assertThat(evidenceService.claims(recorded)).extracting(c -> c.stance() + " " + c.grade().code())
            .containsExactlyInAnyOrder("SUPPORTS B2", "SUPPORTS B2", "DISPUTES B4");
        assertThat(transfers.details(recorded).proposedConfidence().level()).isEqualTo(Confidence.MODERATE);
    }

    @Test
    void another_direction_another_period_or_other_goods_is_no_match() {
        recordedShells();
        var reversed = firstProposal(secondReport("Russia has supplied artillery shells to North Korea in September 2023."));
        assertThat(reversed.supplierCode()).isEqualTo("RUS");
        assertThat(intake.corroborations(reversed.draft(null, Confidence.MODERATE))).isEmpty();
        var drones = firstProposal(source("Drones", "https://example.net/drones", LocalDate.of(2023, 11, 20),
                "North Korea has shipped drones to Russia in September 2023."));
        assertThat(intake.corroborations(drones.draft(null, Confidence.MODERATE))).isEmpty();
        var earlier = firstProposal(source("Earlier", "https://example.net/earlier", LocalDate.of(2021, 11, 20),
                "North Korea has shipped artillery shells to Russia in March 2021."));
        assertThat(earlier.period().label()).isEqualTo("Mar 2021");
        assertThat(intake.corroborations(earlier.draft(null, Confidence.MODERATE))).isEmpty();
    }

    @Test
    void a_year_contains_a_month_and_an_unknown_period_is_compatible_with_any() {
        var recorded = recordedShells();
        var draft = firstProposal(secondReport("Russia received artillery shells from North Korea in September 2023."))
            .draft(null, Confidence.MODERATE);
        assertThat(intake.corroborations(withPeriod(draft, Period.year(2023)))).extracting(m -> m.transfer().id())
            .startsWith(recorded);
        assertThat(intake.corroborations(withPeriod(draft, null))).extracting(m -> m.transfer().id())
            .startsWith(recorded);
        assertThat(intake.corroborations(withPeriod(draft, Period.year(2022)))).extracting(m -> m.transfer().id())
            .doesNotContain(recorded);
    }

    @Test
    void goods_without_a_category_match_by_their_head_noun() {
        var recorded = recordedShells();
        var draft = firstProposal(secondReport("Russia received artillery shells from North Korea in September 2023."))
            .draft(null, Confidence.MODERATE);
        var otherWords = new TransferDraft(draft.supplierCode(), draft.recipientCode(), draft.kind(), null,
                "152 mm howitzer shells of several types", null, draft.quantity(), null, draft.status(), draft.period(),
                null, null, null, Confidence.MODERATE);
        assertThat(intake.corroborations(otherWords)).extracting(m -> m.transfer().id()).containsExactly(recorded);
        var otherNoun = new TransferDraft(draft.supplierCode(), draft.recipientCode(), draft.kind(), null,
                "Light utility vehicles", null, draft.quantity(), null, draft.status(), draft.period(), null, null, null,
                Confidence.MODERATE);
        assertThat(intake.corroborations(otherNoun)).isEmpty();
    }

    @Test
    void an_analyst_sees_a_published_match_but_only_a_reviewer_may_add_evidence_to_it() {
        var demoShells = as(Role.VIEWER, () -> sources.search("Yonhap", 1).getFirst().id());
        var copy = secondReport(as(Role.VIEWER, () -> sources.findById(demoShells).orElseThrow().content())
                + "\n(Copy for a test.)");
        var shells = intake.read(copy).reading().proposals().get(1);
        var matches = intake.corroborations(shells.draft(LocalDate.of(2023, 8, 30), Confidence.MODERATE));
        assertThat(matches).isNotEmpty();
        var published = matches.getFirst();
        assertThat(published.transfer().reviewState()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(published.mayAddEvidence()).isFalse();
        assertThatThrownBy(() -> intake.addAsEvidence(copy, shells, published.transfer().id(), IntakeService.DEFAULT_GRADE,
                null)).isInstanceOf(AccessDeniedException.class);
        var asReviewer = as(Role.REVIEWER, () -> intake.corroborations(shells.draft(null, Confidence.MODERATE)));
        assertThat(asReviewer.getFirst().mayAddEvidence()).isTrue();
        as(Role.REVIEWER, () -> intake.addAsEvidence(copy, shells, published.transfer().id(), IntakeService.DEFAULT_GRADE,
                null));
        assertThat(evidenceService.claims(published.transfer().id())).filteredOn(c -> c.sourceId() == copy)
            .extracting(c -> c.stance()).containsExactlyInAnyOrder(Stance.SUPPORTS, Stance.DISPUTES);
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_may_not_look_for_matches_or_add_evidence() {
        var draft = new TransferDraft("PRK", "RUS", null, null, "shells", null, org.transferwatch.transfer.Quantity.UNKNOWN,
                null, null, null, null, null, null, null);
        assertThatThrownBy(() -> intake.corroborations(draft)).isInstanceOf(AccessDeniedException.class);
    }

    private static TransferDraft withPeriod(TransferDraft draft, Period period) {
        return new TransferDraft(draft.supplierCode(), draft.recipientCode(), draft.kind(), draft.categoryCode(),
                draft.item(), draft.designation(), draft.quantity(), draft.valueUsdEstimate(), draft.status(), period,
                draft.firstReportedOn(), draft.routeNotes(), draft.notes(), draft.confidence());
    }

}
