package org.transferwatch.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.FieldChange;
import org.transferwatch.audit.HistoryEntry;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;

/** The history of the demo transfers names what the audit stores as ids and codes. */
@TransferWatchTest
@Transactional
@WithDemoUser(Role.VIEWER)
class TransferHistoryNamesTest {

    @Autowired
    TransferHistoryService history;

    @Autowired
    TransferListService listing;

    private List<HistoryEntry> demoShellsHistory() {
        var id = listing.page(TransferFilter.NONE.withText("shells"), TransferSort.NEWEST, 0, 1).getFirst().id();
        return history.history(id);
    }

    /** Every value of the field in the history, before or after. */
    private static List<String> values(List<HistoryEntry> entries, String field) {
        return entries.stream()
            .flatMap(entry -> entry.changes().stream())
            .filter(change -> change.field().equals(field))
            .flatMap(change -> Stream.of(change.before(), change.after()))
            .filter(Objects::nonNull)
            .toList();
    }

    @Test
    void the_transfer_shows_its_countries_and_category_by_name() {
        var entries = demoShellsHistory();
        assertThat(values(entries, "Supplier")).containsExactly("North Korea (PRK)");
        assertThat(values(entries, "Recipient")).containsExactly("Russia (RUS)");
        assertThat(values(entries, "Category")).singleElement().asString().startsWith("ML3 · ").doesNotEndWith("ML3 · ");
    }

    @Test
    void a_claim_shows_its_source_by_title_and_outlet_and_its_grade_in_words() {
        var entries = demoShellsHistory();
        assertThat(values(entries, "Source"))
            .contains("US says Russia-North Korea arms negotiations are actively advancing — Yonhap News Agency")
            .noneMatch(source -> source.matches("\\d+"));
        assertThat(values(entries, "Grade")).contains("B2 — usually reliable, probably true",
                "B4 — usually reliable, doubtful");
        assertThat(values(entries, "Reliability")).isEmpty();
    }

    @Test
    void a_sanctions_link_shows_its_provision_by_citation() {
        assertThat(values(demoShellsHistory(), "Provision")).containsExactly("UNSCR 1874 (2009) para 9");
    }

    @Test
    void a_party_and_a_shipment_show_parties_and_places_by_name() {
        var entries = demoShellsHistory();
        assertThat(values(entries, "Party")).containsExactlyInAnyOrder("Korea Achim Shipping Co", "Angara");
        assertThat(values(entries, "Place of loading")).singleElement().asString().contains("Rajin");
    }

    @Test
    void a_change_of_credibility_alone_is_shown_in_words() {
        assertThat(HistoryLabels.gradeInWords(List.of(new FieldChange("Credibility", "4", "2"))))
            .singleElement()
            .satisfies(change -> {
                assertThat(HistoryLabels.label(change.field(), change.before())).isEqualTo("4 — Doubtful");
                assertThat(HistoryLabels.label(change.field(), change.after())).isEqualTo("2 — Probably true");
            });
        assertThat(HistoryLabels.label("Reliability", "A")).isEqualTo("A — Completely reliable");
    }

}
