package org.uplift.schools.school;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.platform.problem.FieldProblem;

/** An import started from the page: large files run in the background and the page shows progress and problems. */
@Document("school-imports")
class ImportJob {

    enum State { CHECKING, DONE, REJECTED, FAILED }

    @Id
    String id;
    String startedBy;
    String fileName;
    Instant startedAt;
    State state = State.CHECKING;
    int applied;
    @Nullable ImportResult result;
    @Nullable String failure;
    List<FieldProblem> problems = new ArrayList<>();

    ImportJob(String id, String startedBy, String fileName, Instant startedAt) {
        this.id = id;
        this.startedBy = startedBy;
        this.fileName = fileName;
        this.startedAt = startedAt;
    }
}
