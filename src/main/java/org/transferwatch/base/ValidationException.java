package org.transferwatch.base;

import java.util.List;

/**
 * Input the user can fix: each problem is a sentence in the user's terms ("The supplier and the
 * recipient must differ."). Nothing was changed.
 */
public class ValidationException extends RuntimeException {

    private final List<String> problems;

    public ValidationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public ValidationException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }

}
