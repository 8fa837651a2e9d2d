package org.transferwatch.transfer.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.Problem;

/**
 * The list of what the user has to fix above a form, and the marks on the fields the problems belong to: a field
 * is marked from the problem's key, never from its words; the first problem of a field is its error message.
 */
class ProblemBox extends Div {

    private final UnorderedList problems = new UnorderedList();

    ProblemBox(String id) {
        setId(id);
        addClassName("form-problems");
        getElement().setAttribute("role", "alert");
        add(new Span("Please correct the following:"), problems);
        setVisible(false);
    }

    /**
     * Lists the problems and marks each field of {@code keys} by its problems; problems of no field are listed only.
     *
     * @param field the field of the form that shows a key's problem, or null for a key the form has no field for
     */
    <F extends Problem.Field> void show(List<Problem> found, F[] keys, Function<F, @Nullable HasValidation> field) {
        problems.removeAll();
        found.forEach(problem -> problems.add(new ListItem(problem.message())));
        setVisible(!found.isEmpty());
        for (var key : keys) {
            var message = found.stream().filter(problem -> problem.isOf(key)).map(Problem::message).findFirst();
            var marked = field.apply(key);
            if (marked != null) {
                marked.setInvalid(message.isPresent());
                marked.setErrorMessage(message.orElse(null));
            }
        }
    }

    /** The messages listed, in order. */
    List<String> messages() {
        return problems.getChildren().map(item -> item.getElement().getText()).toList();
    }

}
