package org.uplift.assessment.upload;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.uplift.platform.problem.FieldProblem;

/** Streams the pupil rows of one file, whatever its format; never holds the whole file. */
interface RowReader extends AutoCloseable {

    /** Columns the assessment needs that the file lacks (empty when the file's shape is fine). */
    List<FieldProblem> structureProblems();

    /** The next row, or null at the end. */
    @Nullable RawRow next();

    @Override
    void close();
}
