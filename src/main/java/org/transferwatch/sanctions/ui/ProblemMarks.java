package org.transferwatch.sanctions.ui;

import java.util.ArrayList;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import org.transferwatch.base.Problem;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;

/** Marks each field a problem belongs to, and tells the user any problem that belongs to none. */
final class ProblemMarks {

    private ProblemMarks() {
    }

    static void mark(Map<Problem.Field, ? extends HasValidation> fields, ValidationException e) {
        fields.values().forEach(field -> field.setInvalid(false));
        var unplaced = new ArrayList<String>();
        for (var problem : e.problemsWithFields()) {
            var field = problem.field() == null ? null : fields.get(problem.field());
            if (field == null) {
                unplaced.add(problem.message());
            }
            else {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        }
        if (!unplaced.isEmpty()) {
            Messages.error(String.join(" ", unplaced));
        }
    }

}
