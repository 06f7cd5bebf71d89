package org.uplift.platform.problem;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with the input: which field (or, for files, which row and column) and why.
 * {@code row} is 1-based as a spreadsheet shows it, null for ordinary request fields.
 */
public record FieldProblem(@Nullable Integer row, String field, String message) {

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(null, field, message);
    }

    public static FieldProblem inRow(int row, String column, String message) {
        return new FieldProblem(row, column, message);
    }
}
