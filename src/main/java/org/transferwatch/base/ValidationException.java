package org.transferwatch.base;

import java.util.List;

/**
 * Input the user can fix: each problem is a sentence in the user's terms ("The supplier and the
 * recipient must differ."), and, where it belongs to a field of a form, that field's key
 * ({@link Problem}). Nothing was changed.
 */
public class ValidationException extends RuntimeException {

    private final List<Problem> problems;

    /** Problems that belong to no one field (or whose field no form marks). */
    public ValidationException(List<String> problems) {
        this(problems.stream().map(Problem::general).toList(), String.join(" ", problems));
    }

    public ValidationException(String problem) {
        this(List.of(problem));
    }

    public ValidationException(Problem problem) {
        this(List.of(problem), problem.message());
    }

    private ValidationException(List<Problem> problems, String message) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Problems with the fields they belong to, so that a form marks each field from its key. */
    public static ValidationException of(List<Problem> problems) {
        return new ValidationException(problems, String.join(" ", Problem.messages(problems)));
    }

    /** The messages, in order: what a list of problems or an API error shows. */
    public List<String> problems() {
        return Problem.messages(problems);
    }

    /** The problems with their fields' keys (none for a problem of no one field), in order. */
    public List<Problem> problemsWithFields() {
        return problems;
    }

}
