package org.uplift.schools.school;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.uplift.platform.problem.FieldProblem;

/** A page-started import as its status page shows it. */
record ImportStatus(String id, String fileName, String state, int applied, @Nullable ImportResult result,
        List<FieldProblem> problems) {

    static ImportStatus of(ImportJob job) {
        return new ImportStatus(job.id, job.fileName, job.state.name(), job.applied, job.result, List.copyOf(job.problems));
    }
}
