package org.transferwatch.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.transferwatch.audit.FieldChange;
import org.transferwatch.audit.HistoryEntry;

class HistoryListTest {

    private final HistoryList history = new HistoryList();

    private static HistoryEntry update(FieldChange... changes) {
        return new HistoryEntry(OffsetDateTime.parse("2026-11-27T15:05:00+01:00"), "analyst", "update", "transfer", "7",
                List.of(changes));
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(HistoryListTest::descendants));
    }

    private Stream<Element> withClass(String className) {
        return descendants(history.getElement()).filter(element -> element.getClassList().contains(className));
    }

    private List<String> texts(String className) {
        return withClass(className).map(Element::getTextRecursively).toList();
    }

    @Test
    void shows_who_did_what_and_when_in_utc() {
        history.setEntries(List.of(update(new FieldChange("Status", "Under negotiation", "Delivered"))));

        assertThat(history.getId()).contains("history");
        assertThat(withClass("history-entry")).hasSize(1);
        assertThat(texts("history-actor")).containsExactly("analyst");
        assertThat(texts("history-summary")).containsExactly("analyst updated the transfer");
        assertThat(texts("history-time")).containsExactly("27 Nov 2026 14:05 UTC");
    }

    @Test
    void shows_each_change_as_field_before_and_after() {
        history.setEntries(List.of(update(new FieldChange("Status", "Under negotiation", "Delivered"),
                new FieldChange("Quantity (low)", "1000", "250000"))));

        assertThat(texts("history-change")).containsExactly("Status: Under negotiation → Delivered",
                "Quantity (low): 1000 → 250000");
        assertThat(withClass("history-before")).allSatisfy(
                before -> assertThat(before.getStyle().get("text-decoration")).isEqualTo("line-through"));
        assertThat(texts("history-before")).containsExactly("Under negotiation", "1000");
        assertThat(texts("history-after")).containsExactly("Delivered", "250000");
    }

    @Test
    void a_field_filled_in_shows_only_its_new_value_and_a_field_cleared_shows_nothing_after() {
        history.setEntries(List.of(update(new FieldChange("Item", null, "Shahed-136 drones"),
                new FieldChange("Notes", "First report", null))));

        assertThat(texts("history-change")).containsExactly("Item: Shahed-136 drones", "Notes: First report → ");
    }

    @Test
    void shows_entries_in_the_order_given() {
        var publication = new HistoryEntry(OffsetDateTime.parse("2026-11-28T09:00:00Z"), "reviewer", "publish",
                "transfer", "7", List.of(new FieldChange("Review state", "draft", "published")));
        var claim = new HistoryEntry(OffsetDateTime.parse("2026-11-27T14:00:00Z"), "analyst", "create", "claim_link",
                "3", List.of(new FieldChange("Stance", null, "supports")));

        history.setEntries(List.of(publication, claim));

        assertThat(texts("history-summary")).containsExactly("reviewer published the transfer",
                "analyst linked a source (claim)");
    }

    @Test
    void an_empty_history_says_that_nothing_was_recorded_yet() {
        assertThat(history.getElement().getTextRecursively()).isEqualTo("No changes recorded yet.");

        history.setEntries(List.of(update(new FieldChange("Status", "Reported", "Delivered"))));
        history.setEntries(List.of());

        assertThat(withClass("history-entry")).isEmpty();
        assertThat(texts("history-empty")).containsExactly("No changes recorded yet.");
    }

    @Test
    void new_entries_replace_the_old_ones() {
        history.setEntries(List.of(update(new FieldChange("Status", "Reported", "Agreed"))));
        history.setEntries(List.of(update(new FieldChange("Status", "Agreed", "Delivered"))));

        assertThat(texts("history-change")).containsExactly("Status: Agreed → Delivered");
        assertThat(texts("history-empty")).isEmpty();
    }

    @Test
    void markup_in_values_and_names_is_shown_as_literal_text() {
        var payload = "<script>alert(1)</script>";
        history.setEntries(List.of(new HistoryEntry(OffsetDateTime.parse("2026-11-27T14:05:00Z"),
                "<b>mallory</b>", "update", "claim_link", "3",
                List.of(new FieldChange("Quote", "<img src=x onerror=alert(2)>", payload)))));

        assertThat(texts("history-after")).containsExactly(payload);
        assertThat(texts("history-change")).containsExactly("Quote: <img src=x onerror=alert(2)> → " + payload);
        assertThat(texts("history-actor")).containsExactly("<b>mallory</b>");
        assertThat(descendants(history.getElement()))
            .noneMatch(element -> !element.isTextNode()
                    && List.of("script", "img", "b").contains(element.getTag()))
            .noneMatch(element -> element.hasProperty("innerHTML"));
    }

}
