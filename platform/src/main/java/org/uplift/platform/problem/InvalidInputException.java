package org.uplift.platform.problem;

import java.util.List;

/** Input that breaks a rule the service checks itself; answered 400 with every problem listed. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(message, List.of(FieldProblem.of(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
