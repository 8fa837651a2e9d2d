package org.transferwatch.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferSort;
import org.transferwatch.transfer.TransferStatus;

@TransferWatchTest
@Transactional
@WithDemoUser(Role.ANALYST)
class AuditServiceTest {

    private static final List<String> BOOKKEEPING_LABELS = List.of("Id", "Version", "Created at", "Created by",
            "Updated at", "Updated by", "Search document", "Transfer id", "Natural key");

    @Autowired
    AuditService audit;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferListService listing;

    private long shellsTransfer() {
        return listing.page(TransferFilter.NONE, TransferSort.NEWEST, 0, 50).stream()
            .filter(row -> row.item().equals("Infantry artillery shells and rockets"))
            .map(TransferRow::id)
            .findFirst()
            .orElseThrow();
    }

    private long createDraft() {
        return transfers.createDraft(new TransferDraft("IRN", "RUS", TransferKind.ARMS, "ML10", "Shahed-136 drones", null,
                Quantity.UNKNOWN, null, TransferStatus.REPORTED, null, null, null, "First report", Confidence.LOW));
    }

    private static List<String> labels(List<HistoryEntry> history) {
        return history.stream().flatMap(entry -> entry.changes().stream()).map(FieldChange::field).toList();
    }

    @Test
    void the_history_of_a_demo_transfer_lists_creation_claims_sanctions_link_and_publication_newest_first() {
        var history = audit.transferHistory(shellsTransfer());

        assertThat(history).extracting(HistoryEntry::actor, HistoryEntry::action, HistoryEntry::entityType)
            .containsExactly(
                    tuple("reviewer", "publish", "transfer"),
                    tuple("analyst", "create", "sanctions_link"),
                    tuple("analyst", "create", "shipment_claim"),
                    tuple("analyst", "create", "shipment"),
                    tuple("analyst", "create", "party_claim"),
                    tuple("analyst", "create", "transfer_party"),
                    tuple("analyst", "create", "party_claim"),
                    tuple("analyst", "create", "transfer_party"),
                    tuple("analyst", "create", "claim_link"),
                    tuple("analyst", "create", "claim_link"),
                    tuple("analyst", "create", "transfer"));
        assertThat(history).filteredOn(entry -> !PARTS.contains(entry.entityType())).extracting(HistoryEntry::summary)
            .containsExactly(
                "reviewer published the transfer",
                "analyst confirmed a sanctions provision",
                "analyst linked a source (claim)",
                "analyst linked a source (claim)",
                "analyst created the transfer");
    }

    /** The events of the demo shells' parties and shipment (demo data of issue 16). */
    private static final java.util.Set<String> PARTS = java.util.Set.of("transfer_party", "party_claim", "shipment",
            "shipment_claim");

    @Test
    void publishing_shows_only_the_change_of_review_state() {
        var publication = audit.transferHistory(shellsTransfer()).getFirst();

        assertThat(publication.changes()).containsExactly(new FieldChange("Review state", "draft", "published"));
    }

    @Test
    void a_creation_lists_the_fields_filled_in_with_nothing_before() {
        var history = audit.transferHistory(shellsTransfer());
        var creation = history.getLast();
        var disputingClaim = history.stream().filter(entry -> entry.entityType().equals("claim_link")).findFirst()
            .orElseThrow();
        var sanctionsLink = history.stream().filter(entry -> entry.entityType().equals("sanctions_link")).findFirst()
            .orElseThrow();

        assertThat(creation.changes()).allSatisfy(change -> assertThat(change.before()).isNull());
        assertThat(creation.changes()).extracting(FieldChange::field).startsWith("Supplier", "Recipient", "Kind",
                "Category", "Item").doesNotContain("Designation", "Quantity (high)", "Review note");
        assertThat(creation.changes()).contains(
                new FieldChange("Item", null, "Infantry artillery shells and rockets"),
                new FieldChange("Quantity (low)", null, "1000000.00"),
                new FieldChange("Quantity estimated", null, "true"),
                new FieldChange("Status", null, "delivered"),
                new FieldChange("Period start", null, "2022-10-01"),
                new FieldChange("Review state", null, "draft"));
        assertThat(disputingClaim.changes()).extracting(FieldChange::field)
            .containsExactly("Source", "Quote", "Stance", "Reliability", "Credibility");
        assertThat(disputingClaim.changes()).contains(
                new FieldChange("Quote", null, "North Korea has strongly and repeatedly dismissed the accusation."),
                new FieldChange("Stance", null, "disputes"),
                new FieldChange("Reliability", null, "B"),
                new FieldChange("Credibility", null, "4"));
        assertThat(sanctionsLink.changes()).extracting(FieldChange::field).containsExactly("Provision", "Decision",
                "Note");
    }

    @Test
    void an_update_shows_exactly_the_changed_fields_with_their_labels_and_values_before_and_after() {
        var id = createDraft();
        var before = JSONB.valueOf("""
                {"id": %d, "kind": "arms", "item": "Shahed-136 drones", "notes": "First report", "status": "reported",
                 "version": 0, "confidence": "low", "designation": null, "natural_key": null, "quantity_low": null,
                 "review_state": "draft", "supplier_code": "IRN", "recipient_code": "RUS", "period_start": null,
                 "quantity_estimate": false, "created_by": 2, "created_at": "2026-11-27T14:00:00+00:00",
                 "updated_by": 2, "updated_at": "2026-11-27T14:00:00+00:00"}""".formatted(id));
        var after = JSONB.valueOf("""
                {"id": %d, "kind": "arms", "item": "Shahed-136 attack drones", "notes": null, "status": "delivered",
                 "version": 1, "confidence": "low", "natural_key": null, "quantity_low": 1000.00,
                 "review_state": "draft", "supplier_code": "IRN", "recipient_code": "RUS", "period_start": "2024-01-01",
                 "quantity_estimate": true, "created_by": 2, "created_at": "2026-11-27T14:00:00+00:00",
                 "updated_by": 3, "updated_at": "2026-11-27T14:05:00+00:00"}""".formatted(id));
        audit.record(new AuditEntry("transfer", Long.toString(id), "update", id, before, after));

        var update = audit.transferHistory(id).getFirst();

        assertThat(update.summary()).isEqualTo("analyst updated the transfer");
        assertThat(update.changes()).containsExactly(
                new FieldChange("Item", "Shahed-136 drones", "Shahed-136 attack drones"),
                new FieldChange("Quantity (low)", null, "1000.00"),
                new FieldChange("Quantity estimated", "false", "true"),
                new FieldChange("Status", "reported", "delivered"),
                new FieldChange("Period start", null, "2024-01-01"),
                new FieldChange("Notes", "First report", null));
    }

    @Test
    void an_update_of_evidence_belongs_to_the_history_of_its_transfer() {
        var id = createDraft();
        var before = JSONB.valueOf("""
                {"id": 99, "transfer_id": %d, "source_id": 1, "quote": "<script>alert(1)</script>", "stance": "supports",
                 "reliability": "C", "credibility": 3, "version": 0}""".formatted(id));
        var after = JSONB.valueOf("""
                {"id": 99, "transfer_id": %d, "source_id": 1, "quote": "<script>alert(1)</script>", "stance": "supports",
                 "reliability": "B", "credibility": 2, "version": 1}""".formatted(id));
        audit.record(new AuditEntry("claim_link", "99", "update", id, before, after));

        var history = audit.transferHistory(id);

        assertThat(history).extracting(HistoryEntry::summary)
            .containsExactly("analyst updated a linked source (claim)", "analyst created the transfer");
        assertThat(history.getFirst().entityId()).isEqualTo("99");
        assertThat(history.getFirst().changes()).containsExactly(new FieldChange("Reliability", "C", "B"),
                new FieldChange("Credibility", "3", "2"));
    }

    @Test
    void bookkeeping_columns_never_appear_in_a_history() {
        var id = createDraft();
        audit.record(new AuditEntry("transfer", Long.toString(id), "update", id,
                JSONB.valueOf("{\"version\": 0, \"updated_by\": 2, \"updated_at\": \"2026-11-27T14:00:00+00:00\"}"),
                JSONB.valueOf("{\"version\": 1, \"updated_by\": 3, \"updated_at\": \"2026-11-27T14:05:00+00:00\"}")));

        var history = audit.transferHistory(id);
        var demoHistory = audit.transferHistory(shellsTransfer());

        assertThat(history.getFirst().changes()).isEmpty();
        assertThat(labels(history)).isNotEmpty().doesNotContainAnyElementsOf(BOOKKEEPING_LABELS);
        assertThat(labels(demoHistory)).isNotEmpty().doesNotContainAnyElementsOf(BOOKKEEPING_LABELS);
        assertThat(demoHistory).flatExtracting(HistoryEntry::changes).extracting(FieldChange::after)
            .noneMatch(value -> value != null && value.startsWith("demo:"));
    }

    @Test
    void a_transfer_without_events_has_an_empty_history() {
        assertThat(audit.transferHistory(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    @WithDemoUser(Role.VIEWER)
    void a_viewer_may_read_the_history_of_a_published_transfer() {
        assertThat(audit.transferHistory(shellsTransfer())).hasSize(11);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_caller_is_refused() {
        assertThatThrownBy(() -> audit.transferHistory(1))
            .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "stranger")
    void a_user_without_the_viewer_role_is_refused() {
        assertThatThrownBy(() -> audit.transferHistory(1)).isInstanceOf(AccessDeniedException.class);
    }

}
