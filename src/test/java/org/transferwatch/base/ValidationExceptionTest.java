package org.transferwatch.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    private enum Field implements Problem.Field {
        NAME
    }

    @Test
    void problems_with_fields_keep_their_keys_and_problems_are_their_messages() {
        var e = ValidationException.of(List.of(Field.NAME.problem("Give a name."), Problem.general("Try again.")));

        assertThat(e.problems()).containsExactly("Give a name.", "Try again.");
        assertThat(e.problemsWithFields()).containsExactly(new Problem(Field.NAME, "Give a name."),
                new Problem(null, "Try again."));
        assertThat(e.getMessage()).isEqualTo("Give a name. Try again.");
    }

    @Test
    void plain_messages_belong_to_no_field() {
        var e = new ValidationException(List.of("One.", "Two."));

        assertThat(e.problemsWithFields()).extracting(Problem::field).containsOnlyNulls();
        assertThat(e.problems()).containsExactly("One.", "Two.");
        assertThat(new ValidationException("Alone.").problemsWithFields()).containsExactly(Problem.general("Alone."));
        assertThat(new ValidationException(Field.NAME.problem("Named.")).problemsWithFields())
            .containsExactly(new Problem(Field.NAME, "Named."));
    }

}
