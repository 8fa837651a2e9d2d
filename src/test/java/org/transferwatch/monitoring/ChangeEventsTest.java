package org.transferwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.support.TestData.as;
import static org.transferwatch.support.TestData.draft;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.source.SourceService;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.AdmiraltyGrade;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.EvidenceService;
import org.transferwatch.transfer.NewClaim;
import org.transferwatch.transfer.Stance;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferReviewService;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;
import org.transferwatch.support.TransferWatchTest;

/** Every change a watcher follows leaves a row in the outbox, in the change's own transaction. */
@TransferWatchTest
@Transactional
class ChangeEventsTest {

    @Autowired
    TransferService transfers;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    EvidenceService evidence;

    @Autowired
    SourceService sources;

    @Autowired
    ChangeEventRepository events;

    @Autowired
    PlatformTransactionManager transactionManager;

    private long draftOf(String item) {
        return as(Role.ANALYST, () -> transfers.createDraft(draft("PRK", "RUS", item)));
    }

    private int version(long id) {
        return as(Role.ANALYST, () -> transfers.version(id).orElseThrow());
    }

    private static TransferDraft with(TransferDraft d, TransferStatus status, Confidence confidence) {
        return new TransferDraft(d.supplierCode(), d.recipientCode(), d.kind(), d.categoryCode(), d.item(),
                d.designation(), d.quantity(), d.valueUsdEstimate(), status, d.period(), d.firstReportedOn(),
                d.routeNotes(), d.notes(), confidence);
    }

    @Test
    void a_draft_published_then_retracted_tells_who_did_it_and_why_and_viewers_may_hear_of_both() {
        var id = draftOf("KN-23 missiles");
        as(Role.REVIEWER, () -> {
            reviews.publish(id, version(id));
            reviews.retract(id, version(id), "  the source withdrew the report ");
            return null;
        });
        assertThat(events.ofTransfer(id)).extracting(ChangeEvent::kind, ChangeEvent::visibleToViewers,
                ChangeEvent::actorName, ChangeEvent::detail)
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(ChangeKind.CREATED, false, "analyst", null),
                    org.assertj.core.groups.Tuple.tuple(ChangeKind.PUBLISHED, true, "reviewer", null),
                    org.assertj.core.groups.Tuple.tuple(ChangeKind.RETRACTED, true, "reviewer",
                            "the source withdrew the report"));
    }

    @Test
    void an_edit_is_an_event_per_followed_field_it_changed_and_none_for_the_others() {
        var id = draftOf("KN-24 missiles");
        as(Role.ANALYST, () -> {
            transfers.update(id, version(id), draft("PRK", "RUS", "KN-24 missiles, renamed"));
            transfers.update(id, version(id), with(draft("PRK", "RUS", "KN-24 missiles, renamed"),
                    TransferStatus.AGREED, Confidence.HIGH));
            return null;
        });
        assertThat(events.ofTransfer(id)).filteredOn(e -> e.kind() != ChangeKind.CREATED)
            .extracting(ChangeEvent::kind, ChangeEvent::before, ChangeEvent::after, ChangeEvent::visibleToViewers)
            .containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(ChangeKind.STATUS_CHANGED, "delivered", "agreed", false),
                    org.assertj.core.groups.Tuple.tuple(ChangeKind.CONFIDENCE_CHANGED, "moderate", "high", false));
    }

    @Test
    void new_evidence_carries_its_stance_and_the_sources_title() {
        var id = draftOf("Artillery shells");
        var source = as(Role.VIEWER, () -> sources.search("Yonhap", 1).getFirst());
        as(Role.ANALYST, () -> evidence.addClaim(id,
                new NewClaim(source.id(), "They deny it.", Stance.DISPUTES, AdmiraltyGrade.parse("B2"))));
        assertThat(events.ofTransfer(id)).filteredOn(e -> e.kind() == ChangeKind.EVIDENCE_ADDED).singleElement()
            .satisfies(e -> {
                assertThat(e.after()).isEqualTo("disputes");
                assertThat(e.detail()).isEqualTo(source.title());
            });
    }

    @Test
    void a_save_that_rolls_back_leaves_no_event_and_a_refused_save_writes_none() {
        var id = draftOf("Rockets");
        // A save of its own inside the test's transaction, rolled back to its savepoint.
        var transaction = new TransactionTemplate(transactionManager);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> as(Role.ANALYST, () -> {
            transfers.update(id, version(id), with(draft("PRK", "RUS", "Rockets"), TransferStatus.AGREED,
                    Confidence.LOW));
            throw new IllegalStateException("the rest of the save failed");
        }))).hasMessage("the rest of the save failed");
        assertThatThrownBy(() -> as(Role.ANALYST, () -> {
            transfers.update(id, version(id) - 1, with(draft("PRK", "RUS", "Rockets"), TransferStatus.AGREED,
                    Confidence.LOW));
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        assertThat(events.ofTransfer(id)).extracting(ChangeEvent::kind).containsExactly(ChangeKind.CREATED);
    }

}
