package org.transferwatch.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class HistoryEntryTest {

    private static HistoryEntry entry(String actor, String action, String entityType, FieldChange... changes) {
        return new HistoryEntry(OffsetDateTime.parse("2026-11-27T14:05:00Z"), actor, action, entityType, "1",
                List.of(changes));
    }

    @Test
    void summarises_changes_to_the_transfer_itself() {
        assertThat(entry("analyst", "create", "transfer").summary()).isEqualTo("analyst created the transfer");
        assertThat(entry("analyst", "update", "transfer").summary()).isEqualTo("analyst updated the transfer");
        assertThat(entry("reviewer", "publish", "transfer").summary()).isEqualTo("reviewer published the transfer");
        assertThat(entry("reviewer", "retract", "transfer").summary()).isEqualTo("reviewer retracted the transfer");
    }

    @Test
    void summarises_changes_to_evidence_as_linked_sources() {
        assertThat(entry("analyst", "create", "claim_link").summary()).isEqualTo("analyst linked a source (claim)");
        assertThat(entry("analyst", "update", "claim_link").summary())
            .isEqualTo("analyst updated a linked source (claim)");
        assertThat(entry("analyst", "delete", "claim_link").summary()).isEqualTo("analyst unlinked a source (claim)");
    }

    @Test
    void summarises_a_sanctions_link_by_its_decision() {
        assertThat(entry("analyst", "create", "sanctions_link", new FieldChange("Decision", null, "confirmed")).summary())
            .isEqualTo("analyst confirmed a sanctions provision");
        assertThat(entry("analyst", "create", "sanctions_link", new FieldChange("Decision", null, "dismissed")).summary())
            .isEqualTo("analyst dismissed a sanctions provision");
        assertThat(entry("analyst", "update", "sanctions_link", new FieldChange("Note", "a", "b")).summary())
            .isEqualTo("analyst updated a sanctions decision");
        assertThat(entry("analyst", "delete", "sanctions_link").summary())
            .isEqualTo("analyst withdrew a sanctions decision");
    }

    @Test
    void summarises_other_entities_by_their_type() {
        assertThat(entry("admin", "import", "transfer").summary()).isEqualTo("admin imported the transfer");
        assertThat(entry("analyst", "update", "source").summary()).isEqualTo("analyst updated a source");
    }

    @Test
    void labels_columns_nobody_has_labelled_yet_from_their_name() {
        assertThat(HistoryFields.label("status")).isEqualTo("Status");
        assertThat(HistoryFields.label("quantity_low")).isEqualTo("Quantity (low)");
        assertThat(HistoryFields.label("export_licence_ref")).isEqualTo("Export licence ref");
    }

}
