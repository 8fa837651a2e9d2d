package org.transferwatch.base.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;

/** Marks each field of a form a problem belongs to, and tells the user any problem that belongs to none. */
public final class ProblemMarks {

    private ProblemMarks() {
    }

    public static void mark(Map<Problem.Field, ? extends HasValidation> fields, ValidationException e) {
        fields.values().forEach(field -> field.setInvalid(false));
        var unplaced = new ArrayList<String>();
        var marked = new HashMap<HasValidation, String>();
        for (var problem : e.problemsWithFields()) {
            var field = problem.field() == null ? null : fields.get(problem.field());
            if (field == null) {
                unplaced.add(problem.message());
            }
            else {
                // A field with several problems (two wrong numbers in a list) says all of them.
                var message = marked.merge(field, problem.message(), (first, next) -> first + " " + next);
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        if (!unplaced.isEmpty()) {
            Messages.error(String.join(" ", unplaced));
        }
    }

}
