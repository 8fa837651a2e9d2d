package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferwatch.base.Problem;
import org.transferwatch.category.Category;
import org.transferwatch.transfer.TransferDraft.Field;

/** The form marks a field from the key of its problem, never from the words of the message. */
class TransferFormTest {

    private final TransferForm form = new TransferForm((text, offset, limit) -> List.of(),
            List.of(new Category("ML4", "military_list", "Bombs, torpedoes, rockets, missiles", "arms")));

    /** Every key and the field that shows it, spelled out here rather than taken from the form. */
    private Map<Field, HasValidation> fields() {
        var fields = new EnumMap<Field, HasValidation>(Field.class);
        fields.put(Field.SUPPLIER, form.supplier);
        fields.put(Field.RECIPIENT, form.recipient);
        fields.put(Field.KIND, form.kind);
        fields.put(Field.CATEGORY, form.category);
        fields.put(Field.ITEM, form.item);
        fields.put(Field.DESIGNATION, form.designation);
        fields.put(Field.QUANTITY_LOW, form.quantityLow);
        fields.put(Field.QUANTITY_HIGH, form.quantityHigh);
        fields.put(Field.UNIT, form.quantityUnit);
        fields.put(Field.VALUE, form.value);
        fields.put(Field.STATUS, form.status);
        fields.put(Field.PERIOD, form.periodEnd);
        fields.put(Field.FIRST_REPORTED, form.firstReported);
        fields.put(Field.ROUTE_NOTES, form.routeNotes);
        fields.put(Field.NOTES, form.notes);
        fields.put(Field.CONFIDENCE, form.confidence);
        return fields;
    }

    /** The keys whose fields are marked, with their error messages. */
    private Map<Field, String> marked() {
        return fields().entrySet().stream()
            .filter(entry -> entry.getValue().isInvalid())
            .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().getErrorMessage()));
    }

    private List<String> listed() {
        var box = form.getChildren().filter(Div.class::isInstance).findFirst().orElseThrow();
        assertThat(box.getId()).contains("form-problems");
        return box.getElement().getChildren()
            .flatMap(child -> child.getChildren())
            .filter(element -> element.getComponent().orElse(null) instanceof ListItem)
            .map(element -> element.getText())
            .toList();
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void each_field_is_marked_from_its_key(Field key) {
        form.showProblems(List.of(key.problem("Something is wrong here.")));

        assertThat(marked()).containsExactly(Map.entry(key, "Something is wrong here."));
        assertThat(listed()).containsExactly("Something is wrong here.");
    }

    @Test
    void a_message_naming_other_fields_marks_only_the_field_of_its_key() {
        var reworded = Field.SUPPLIER.problem("The recipient, the kind of goods, the category, the item, the quantity,"
                + " the status, the period and your confidence level are fine; only this is not.");

        form.showProblems(List.of(reworded));

        assertThat(marked()).containsExactly(Map.entry(Field.SUPPLIER, reworded.message()));
    }

    @Test
    void a_problem_of_no_field_is_listed_and_marks_nothing() {
        form.showProblems(List.of(Problem.general("The supplier, the recipient and the item are in question.")));

        assertThat(marked()).isEmpty();
        assertThat(listed()).containsExactly("The supplier, the recipient and the item are in question.");
    }

    @Test
    void the_first_problem_of_a_field_is_its_message_and_the_list_shows_them_all() {
        form.showProblems(List.of(Field.QUANTITY_HIGH.problem("Quantities cannot be negative."),
                Field.QUANTITY_HIGH.problem("The lowest quantity must not exceed the highest."),
                Field.PERIOD.problem("The period must start on or before its end.")));

        assertThat(marked()).containsOnly(Map.entry(Field.QUANTITY_HIGH, "Quantities cannot be negative."),
                Map.entry(Field.PERIOD, "The period must start on or before its end."));
        assertThat(listed()).hasSize(3);
    }

    @Test
    void saving_an_empty_form_marks_the_required_fields_from_the_drafts_keys_and_fixing_clears_the_marks() {
        form.save.click();

        assertThat(marked()).containsOnly(Map.entry(Field.SUPPLIER, "Choose the supplier."),
                Map.entry(Field.RECIPIENT, "Choose the recipient."), Map.entry(Field.KIND, "Choose the kind of goods."),
                Map.entry(Field.ITEM, "Describe the item (e.g. \"artillery shells\")."),
                Map.entry(Field.STATUS, "Choose the status."),
                Map.entry(Field.CONFIDENCE, "Choose your confidence level."));

        form.showProblems(List.of());

        assertThat(marked()).isEmpty();
        assertThat(listed()).isEmpty();
    }

}
