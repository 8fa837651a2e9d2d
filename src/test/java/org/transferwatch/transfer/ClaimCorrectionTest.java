package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.support.TestData.as;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.Role;
import org.transferwatch.source.NewSource;
import org.transferwatch.source.SourceKind;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.transfer.bulk.BulkTransferService;

/**
 * Correcting and removing a linked claim: with a reason kept in the history, before and after audited, refused
 * over a newer save, and followed at once by the evidence summary, the confidence proposal and the CSV export.
 * On a published transfer a reviewer's correction stands; an analyst's returns the transfer to draft.
 */
@TransferWatchTest
@Transactional
class ClaimCorrectionTest {

    @Autowired
    TransferService transfers;

    @Autowired
    EvidenceService evidence;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    TransferHistoryService history;

    @Autowired
    SourceService sources;

    @Autowired
    BulkTransferService bulk;

    @Autowired
    TransferStatisticsRepository statistics;

    @Autowired
    SanctionsService sanctions;

    private long source(String title) {
        return as(Role.ANALYST, () -> sources.add(new NewSource(SourceKind.NEWS_ARTICLE, title, "Agency " + title, null,
                null, null, null, null)).source().id());
    }

    private long draftWithClaim(String item, String grade) {
        return as(Role.ANALYST, () -> {
            var id = transfers.createDraft(TestData.draft("IRN", "BLR", item));
            evidence.addClaim(id, new NewClaim(source(item + " report"), "Drones were delivered.", Stance.SUPPORTS,
                    AdmiraltyGrade.parse(grade)));
            return id;
        });
    }

    private Claim onlyClaim(long transferId) {
        return as(Role.ANALYST, () -> evidence.claims(transferId)).getFirst();
    }

    private String export(String word) {
        var out = new ByteArrayOutputStream();
        as(Role.ANALYST, () -> bulk.exportCsv(TransferFilter.NONE.withText(word), out));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_corrected_grade_reaches_the_summary_the_proposal_the_export_and_the_history_at_once() {
        var id = draftWithClaim("Correctiongrade drones", "A1");
        var claim = onlyClaim(id);
        assertThat(as(Role.ANALYST, () -> transfers.details(id)).evidence().label()).isEqualTo("1 source, best A1");
        assertThat(export("Correctiongrade")).contains("A1");

        var outcome = as(Role.ANALYST, () -> evidence.correctClaim(claim.id(), claim.version(),
                new ClaimCorrection("Drones were reportedly delivered.", Stance.SUPPORTS, AdmiraltyGrade.parse("D4")),
                "Grade typed wrongly: a blog, doubtful."));

        assertThat(outcome).isEqualTo(EvidenceService.Outcome.SAVED);
        var details = as(Role.ANALYST, () -> transfers.details(id));
        assertThat(details.evidence().label()).isEqualTo("1 source, best D4");
        assertThat(details.proposedConfidence().level()).isEqualTo(Confidence.LOW);
        assertThat(export("Correctiongrade")).contains("D4").contains("Drones were reportedly delivered.").doesNotContain("A1");
        var corrected = as(Role.ANALYST, () -> history.history(id)).getFirst();
        assertThat(corrected.entityType()).isEqualTo("claim_link");
        assertThat(corrected.reason()).isEqualTo("Grade typed wrongly: a blog, doubtful.");
        assertThat(corrected.changes()).extracting(change -> change.field() + ": " + change.before() + " → " + change.after())
            .contains("Grade: A1 — completely reliable, confirmed by other sources → D4 — not usually reliable, doubtful",
                    "Quote: Drones were delivered. → Drones were reportedly delivered.");
    }

    @Test
    void a_removed_claim_leaves_no_sources_and_its_reason_in_the_history() {
        var id = draftWithClaim("Correctionremove drones", "B2");
        var claim = onlyClaim(id);

        as(Role.ANALYST, () -> evidence.removeClaim(claim.id(), claim.version(), "The article is about another shipment."));

        assertThat(as(Role.ANALYST, () -> transfers.details(id)).evidence().label()).isEqualTo("No sources");
        assertThat(as(Role.ANALYST, () -> evidence.claims(id))).isEmpty();
        var removed = as(Role.ANALYST, () -> history.history(id)).getFirst();
        assertThat(removed.activity()).isEqualTo("unlinked a source (claim)");
        assertThat(removed.reason()).isEqualTo("The article is about another shipment.");
        assertThat(removed.changes()).extracting(FieldChangeText::of).contains("Grade: B2 — usually reliable, probably true → ");
    }

    @Test
    void a_change_without_a_reason_is_refused_and_changes_nothing() {
        var id = draftWithClaim("Correctionreason drones", "B2");
        var claim = onlyClaim(id);
        assertThatThrownBy(() -> as(Role.ANALYST, () -> evidence.correctClaim(claim.id(), claim.version(),
                new ClaimCorrection("Changed.", Stance.SUPPORTS, AdmiraltyGrade.parse("C3")), "  ")))
            .isInstanceOf(ValidationException.class)
            .hasMessage("Say why the claim is changed: the reason is kept in the transfer's history.");
        assertThatThrownBy(() -> as(Role.ANALYST, () -> evidence.removeClaim(claim.id(), claim.version(), "")))
            .isInstanceOf(ValidationException.class);
        assertThat(onlyClaim(id)).isEqualTo(claim);
    }

    @Test
    void a_change_over_a_newer_one_is_refused_with_the_other_editors_name() {
        var id = draftWithClaim("Correctionstale drones", "B2");
        var loaded = onlyClaim(id);
        as(Role.REVIEWER, () -> evidence.correctClaim(loaded.id(), loaded.version(),
                new ClaimCorrection("First correction.", Stance.SUPPORTS, AdmiraltyGrade.parse("B3")), "Reviewer's fix."));

        assertThatThrownBy(() -> as(Role.ANALYST, () -> evidence.removeClaim(loaded.id(), loaded.version(), "Stale.")))
            .isInstanceOf(ConcurrentEditException.class)
            .hasMessageStartingWith("This claim was changed by");
        assertThat(onlyClaim(id).quote()).isEqualTo("First correction.");
    }

    @Test
    void a_stance_the_source_already_takes_on_the_transfer_is_refused() {
        var id = draftWithClaim("Correctionstance drones", "B2");
        var claim = onlyClaim(id);
        as(Role.ANALYST, () -> evidence.addClaim(id, new NewClaim(claim.sourceId(), "They were not.", Stance.DISPUTES,
                AdmiraltyGrade.parse("B4"))));
        assertThatThrownBy(() -> as(Role.ANALYST, () -> evidence.correctClaim(claim.id(), claim.version(),
                new ClaimCorrection(claim.quote(), Stance.DISPUTES, claim.grade()), "Misread.")))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("already has a claim with that stance");
    }

    @Test
    void an_analysts_correction_of_a_published_transfer_returns_it_to_draft_and_the_tallies_follow() {
        var id = draftWithClaim("Correctionpublished drones", "A2");
        as(Role.REVIEWER, () -> {
            reviews.publish(id, transfers.version(id).orElseThrow());
            return null;
        });
        var claim = onlyClaim(id);

        var outcome = as(Role.ANALYST, () -> evidence.correctClaim(claim.id(), claim.version(),
                new ClaimCorrection(claim.quote(), Stance.SUPPORTS, AdmiraltyGrade.parse("B2")), "A2 was a typo for B2."));

        assertThat(outcome).isEqualTo(EvidenceService.Outcome.RETURNED_TO_DRAFT);
        assertThat(as(Role.ANALYST, () -> transfers.details(id)).transfer().reviewState()).isEqualTo(ReviewState.DRAFT);
        assertThat(as(Role.VIEWER, () -> transfers.version(id))).as("viewers no longer see it").isEmpty();
        var returned = as(Role.ANALYST, () -> history.history(id)).getFirst();
        assertThat(returned.activity()).isEqualTo("returned the transfer to draft");
        assertThat(returned.reason()).isEqualTo("Its evidence was corrected: A2 was a typo for B2.");
        new TallyCheck(statistics, sanctions).assertTalliesMatchTheTransfers(List.of("IRN", "BLR", "PRK", "RUS"));
    }

    @Test
    void a_reviewers_correction_of_a_published_transfer_keeps_it_published() {
        var id = draftWithClaim("Correctionreviewer drones", "A2");
        as(Role.REVIEWER, () -> {
            reviews.publish(id, transfers.version(id).orElseThrow());
            return null;
        });
        var claim = onlyClaim(id);
        var outcome = as(Role.REVIEWER, () -> evidence.correctClaim(claim.id(), claim.version(),
                new ClaimCorrection(claim.quote(), Stance.SUPPORTS, AdmiraltyGrade.parse("B2")), "A2 was a typo."));
        assertThat(outcome).isEqualTo(EvidenceService.Outcome.SAVED);
        assertThat(as(Role.VIEWER, () -> transfers.details(id)).evidence().label()).isEqualTo("1 source, best B2");
    }

    @Test
    void only_a_reviewer_changes_the_evidence_of_a_retracted_transfer() {
        var id = draftWithClaim("Correctionretracted drones", "A2");
        as(Role.REVIEWER, () -> {
            reviews.publish(id, transfers.version(id).orElseThrow());
            reviews.retract(id, transfers.version(id).orElseThrow(), "Withdrawn by the agency.");
            return null;
        });
        var claim = onlyClaim(id);
        assertThatThrownBy(() -> as(Role.ANALYST, () -> evidence.removeClaim(claim.id(), claim.version(), "Cleanup.")))
            .isInstanceOf(AccessDeniedException.class);
        as(Role.REVIEWER, () -> evidence.removeClaim(claim.id(), claim.version(), "Cleanup."));
        assertThat(as(Role.ANALYST, () -> evidence.claims(id))).isEmpty();
    }

    /** A field change as one line of text, for assertions. */
    static final class FieldChangeText {

        static String of(org.transferwatch.audit.FieldChange change) {
            return change.field() + ": " + change.before() + " → " + (change.after() == null ? "" : change.after());
        }

    }

}
