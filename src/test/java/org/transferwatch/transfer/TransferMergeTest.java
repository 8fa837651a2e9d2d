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
import org.transferwatch.base.ValidationException;
import org.transferwatch.party.PartyKind;
import org.transferwatch.sanctions.SanctionsLink;
import org.transferwatch.sanctions.SanctionsService;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;

/**
 * A reviewer merges two transfers that are one: evidence, sanctions decisions, parties and shipments move to the one
 * kept (exact duplicates stay behind), the other is retracted as merged and leads to the survivor, both sides are
 * audited, and the summary and the tallies stay right.
 */
@TransferWatchTest
@Transactional
class TransferMergeTest {

    private static final List<String> STATES = List.of("IRN", "RUS", "PRK", "BLR");

    @Autowired
    TransferService transfers;

    @Autowired
    TransferMergeService merges;

    @Autowired
    EvidenceService evidence;

    @Autowired
    TransferReviewService reviews;

    @Autowired
    TransferSanctionsService transferSanctions;

    @Autowired
    TransferPartyService parties;

    @Autowired
    ShipmentService shipments;

    @Autowired
    SanctionsService sanctions;

    @Autowired
    TransferStatisticsRepository statistics;

    @Autowired
    TransferHistoryService history;

    @Autowired
    SourceService sources;

    @Autowired
    DSLContext dsl;

    private long draft(String item) {
        return as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("IRN", "RUS", item)));
    }

    private int version(long id) {
        return as(Role.ANALYST, () -> transfers.version(id)).orElseThrow();
    }

    @Test
    void the_merged_transfers_parts_move_to_the_one_kept_and_it_leads_there() {
        var fixture = new PartsFixture(dsl, sources);
        var shared = fixture.source("Merge shared report (test)");
        var other = fixture.source("Merge other report (test)");
        var company = fixture.company("Merge Drone Works (test)");
        var port = fixture.port("Merge port (test)");
        var kept = draft("Mergekept Shahed-136 drones");
        var merged = draft("Mergegone Shahed 136 drones");
        var provisions = as(Role.ANALYST, () -> sanctions.activeProvisions());
        as(Role.ANALYST, () -> {
            evidence.addClaim(kept, PartsFixture.claim(shared, "Drones arrived."));
            // The same source with the same stance on both: a duplicate, left behind.
            evidence.addClaim(merged, PartsFixture.claim(shared, "Drones arrived in the port."));
            evidence.addClaim(merged, new NewClaim(other, "Iran denies it.", Stance.DISPUTES, AdmiraltyGrade.parse("C3")));
            transferSanctions.decideProvision(merged, provisions.get(0).id(), SanctionsLink.Decision.CONFIRMED, null);
            transferSanctions.decideProvision(kept, provisions.get(1).id(), SanctionsLink.Decision.CONFIRMED, null);
            transferSanctions.decideProvision(merged, provisions.get(1).id(), SanctionsLink.Decision.DISMISSED, "Not covered.");
            parties.addParty(merged, new NewTransferParty(company, PartyRole.MANUFACTURER, null,
                    List.of(PartsFixture.claim(other, "Made by Merge Drone Works."))));
            shipments.addShipment(merged, ShipmentDraft.between(ShipmentMode.SEA, port, null), List.of());
            return null;
        });
        as(Role.REVIEWER, () -> {
            reviews.publish(kept, version(kept));
            reviews.publish(merged, version(merged));
            return null;
        });

        var outcome = as(Role.REVIEWER, () -> merges.merge(merged, version(merged), kept, "Same delivery, reported twice."));

        assertThat(outcome.movedLabel()).isEqualTo("1 claim, 1 sanctions decision, 1 party, 1 shipment");
        assertThat(outcome.leftBehind()).as("the duplicate claim and the duplicate decision").isEqualTo(2);
        var survivor = as(Role.VIEWER, () -> transfers.details(kept));
        assertThat(survivor.evidence().label()).isEqualTo("2 sources, 1 disputing, best B2");
        assertThat(as(Role.VIEWER, () -> transferSanctions.sanctionsLinks(kept))).hasSize(2);
        assertThat(as(Role.VIEWER, () -> parties.partiesOf(kept))).hasSize(1);
        assertThat(as(Role.VIEWER, () -> shipments.shipmentsOf(kept))).hasSize(1);

        var gone = as(Role.ANALYST, () -> transfers.details(merged)).transfer();
        assertThat(gone.reviewState()).isEqualTo(ReviewState.RETRACTED);
        assertThat(gone.reviewNote()).isEqualTo("Merged into #" + kept + ". Same delivery, reported twice.");
        assertThat(gone.mergedIntoId()).isEqualTo(kept);
        assertThat(as(Role.VIEWER, () -> transfers.mergedInto(merged))).contains(kept);
        assertThat(as(Role.VIEWER, () -> transfers.mergedInto(kept))).isEmpty();

        var keptSide = as(Role.VIEWER, () -> history.history(kept)).getFirst();
        assertThat(keptSide.activity()).isEqualTo("merged another transfer into this one");
        assertThat(keptSide.reason()).isEqualTo("Same delivery, reported twice.");
        assertThat(keptSide.changes()).extracting(change -> change.field() + ": " + change.after())
            .contains("Merged from: #" + merged + " (Mergegone Shahed 136 drones, published until the merge)",
                    "Moved here: 1 claim, 1 sanctions decision, 1 party, 1 shipment");
        var mergedSide = as(Role.ANALYST, () -> history.history(merged)).getFirst();
        assertThat(mergedSide.activity()).isEqualTo("merged this transfer into another");
        assertThat(mergedSide.changes()).extracting(change -> change.field() + ": " + change.after())
            .contains("Merged into: " + kept, "Review state: Retracted");

        new TallyCheck(statistics, sanctions).assertTalliesMatchTheTransfers(STATES);
        assertThatThrownBy(() -> as(Role.REVIEWER, () -> {
            reviews.publish(merged, version(merged));
            return null;
        })).isInstanceOf(ValidationException.class).hasMessageContaining("was merged into #" + kept);
    }

    @Test
    void transfers_of_different_directions_or_into_a_retracted_one_are_not_merged() {
        var merged = draft("Mergerefused drones");
        var elsewhere = as(Role.ANALYST, () -> transfers.createDraft(TestData.draft("IRN", "BLR", "Mergerefused drones")));
        var retracted = draft("Mergeretracted drones");
        as(Role.REVIEWER, () -> {
            reviews.publish(retracted, version(retracted));
            reviews.retract(retracted, version(retracted), "Withdrawn.");
            return null;
        });
        assertThatThrownBy(() -> as(Role.REVIEWER, () -> merges.merge(merged, version(merged), elsewhere, null)))
            .isInstanceOf(ValidationException.class).hasMessageContaining("different directions");
        assertThatThrownBy(() -> as(Role.REVIEWER, () -> merges.merge(merged, version(merged), retracted, null)))
            .isInstanceOf(ValidationException.class).hasMessageContaining("is retracted");
        assertThatThrownBy(() -> as(Role.REVIEWER, () -> merges.merge(merged, version(merged), merged, null)))
            .isInstanceOf(ValidationException.class).hasMessageContaining("into itself");
        assertThatThrownBy(() -> as(Role.ANALYST, () -> merges.merge(merged, version(merged), retracted, null)))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(as(Role.ANALYST, () -> transfers.details(merged)).transfer().reviewState()).isEqualTo(ReviewState.DRAFT);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.TRANSFER_ID.eq(merged).and(AUDIT_EVENT.ACTION.eq("merge")))).isZero();
    }

}
