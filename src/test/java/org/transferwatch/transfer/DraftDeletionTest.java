package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.transferwatch.db.Tables.AUDIT_EVENT;
import static org.transferwatch.support.TestData.as;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.base.ConcurrentEditException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;

/**
 * An analyst deletes a draft they created, a reviewer any draft; a published or retracted transfer is never deleted.
 * The audit keeps the draft as it was, with its parts, and the dashboard's tallies stay right.
 */
@TransferWatchTest
@Transactional
class DraftDeletionTest {

    @Autowired
    TransferService transfers;

    @Autowired
    EvidenceService evidence;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    TransferSanctionsService transferSanctions;

    @Autowired
    SanctionsService sanctions;

    @Autowired
    TransferStatisticsRepository statistics;

    @Autowired
    SourceService sources;

    @Autowired
    DSLContext dsl;

    private int version(long id) {
        return as(Role.ANALYST, () -> transfers.version(id)).orElseThrow();
    }

    @Test
    void an_analyst_deletes_their_draft_and_the_audit_keeps_it_with_its_evidence() {
        var source = new PartsFixture(dsl, sources).source("Deletion report (test)");
        var id = as(Role.ANALYST, () -> {
            var created = transfers.createDraft(TestData.draft("IRN", "RUS", "Deletiondraft drones"));
            evidence.addClaim(created, PartsFixture.claim(source, "Drones arrived."));
            transferSanctions.decideProvision(created, sanctions.activeProvisions().getFirst().id(),
                    SanctionsLink.Decision.CONFIRMED, null);
            return created;
        });

        as(Role.ANALYST, () -> {
            transfers.deleteDraft(id, version(id));
            return null;
        });

        assertThat(as(Role.ANALYST, () -> transfers.version(id))).isEmpty();
        var deletion = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.TRANSFER_ID.eq(id), AUDIT_EVENT.ACTION.eq("delete"))
            .fetchSingle();
        assertThat(deletion.getAfter()).isNull();
        assertThat(deletion.getBefore().data()).contains("\"item\": \"Deletiondraft drones\"")
            .contains("\"quote\": \"Drones arrived.\"").contains("\"decision\": \"confirmed\"");
        new TallyCheck(statistics, sanctions).assertTalliesMatchTheTransfers(List.of("IRN", "RUS", "PRK", "BLR"));
    }

    @Test
    void an_analyst_may_not_delete_someone_elses_draft_but_a_reviewer_may() {
        var id = as(Role.REVIEWER, () -> transfers.createDraft(TestData.draft("IRN", "RUS", "Deletionother drones")));
        assertThatThrownBy(() -> as(Role.ANALYST, () -> {
            transfers.deleteDraft(id, version(id));
            return null;
        })).isInstanceOf(AccessDeniedException.class).hasMessageContaining("drafts you created");
        var byAnalyst = as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("IRN", "RUS", "Deletionreviewer drones")));
        as(Role.REVIEWER, () -> {
            transfers.deleteDraft(byAnalyst, version(byAnalyst));
            return null;
        });
        assertThat(as(Role.ANALYST, () -> transfers.version(byAnalyst))).isEmpty();
    }

    @Test
    void a_published_transfer_is_never_deleted_and_a_stale_version_is_refused() {
        var id = as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("IRN", "RUS", "Deletionpublished drones")));
        var loaded = version(id);
        as(Role.ANALYST, () -> {
            transfers.update(id, loaded, TestData.draft("IRN", "RUS", "Deletionpublished drones, edited"));
            return null;
        });
        assertThatThrownBy(() -> as(Role.ANALYST, () -> {
            transfers.deleteDraft(id, loaded);
            return null;
        })).isInstanceOf(ConcurrentEditException.class);
        as(Role.REVIEWER, () -> {
            reviews.publish(id, version(id));
            return null;
        });
        assertThatThrownBy(() -> as(Role.REVIEWER, () -> {
            transfers.deleteDraft(id, version(id));
            return null;
        })).isInstanceOf(ValidationException.class).hasMessageContaining("Only a draft can be deleted");
        assertThat(as(Role.VIEWER, () -> transfers.version(id))).isPresent();
    }

}
