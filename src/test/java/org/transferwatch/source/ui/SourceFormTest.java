package org.transferwatch.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transferwatch.base.Problem;
import org.transferwatch.source.NewSource.Field;

/** The source form marks a field from the key of its problem, never from the words of the message. */
class SourceFormTest {

    private final SourceForm form = new SourceForm();

    /** Every key and the field that shows it, spelled out here rather than taken from the form. */
    private Map<Field, HasValidation> fields() {
        var fields = new EnumMap<Field, HasValidation>(Field.class);
        fields.put(Field.KIND, form.kind);
        fields.put(Field.TITLE, form.title);
        fields.put(Field.PUBLISHER, form.publisher);
        fields.put(Field.AUTHOR, form.author);
        fields.put(Field.URL, form.url);
        fields.put(Field.PUBLISHED_ON, form.publishedOn);
        fields.put(Field.LANGUAGE, form.language);
        fields.put(Field.CONTENT, form.content);
        return fields;
    }

    private Map<Field, String> marked() {
        return fields().entrySet().stream()
            .filter(entry -> entry.getValue().isInvalid())
            .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().getErrorMessage()));
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void each_field_is_marked_from_its_key(Field key) {
        form.showProblems(List.of(key.problem("Something is wrong here.")));

        assertThat(marked()).containsExactly(Map.entry(key, "Something is wrong here."));
    }

    @Test
    void a_message_naming_other_fields_marks_only_the_field_of_its_key() {
        var reworded = Field.TITLE.problem("The URL, the text, the language, the publisher and the author are fine;"
                + " this one is not.");

        form.showProblems(List.of(reworded));

        assertThat(marked()).containsExactly(Map.entry(Field.TITLE, reworded.message()));
    }

    @Test
    void a_problem_of_no_field_marks_nothing_and_no_problems_clear_the_marks() {
        form.showProblems(List.of(Field.URL.problem("The URL is limited to 2,000 characters.")));
        assertThat(marked()).containsOnlyKeys(Field.URL);

        form.showProblems(List.of(Problem.general("The title, the URL and the text are in question.")));
        assertThat(marked()).isEmpty();

        form.showProblems(List.of());
        assertThat(marked()).isEmpty();
    }

}
