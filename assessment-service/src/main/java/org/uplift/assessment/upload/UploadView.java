package org.uplift.assessment.upload;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.uplift.platform.problem.FieldProblem;

/** An upload as the API and pages show it: never a UPN, only counts, outcomes and row-level problems. */
record UploadView(String id, String status, boolean finished, int percent, String fileName, String format,
        String kind, String assessment, String academicYear, String term, int yearGroup, @Nullable Integer maxMark,
        String label, int rows, int errorCount, List<FieldProblem> errors, List<Upload.DatasetOutcome> datasets,
        @Nullable String message, String uploadedBy, Instant receivedAt, @Nullable Instant finishedAt,
        long validationMillis, long storageMillis) {

    static UploadView of(Upload u) {
        Assessment a = u.assessment;
        return new UploadView(u.id, u.status.name(), u.status.finished(), u.percent(), u.fileName, u.format,
                a.kind().name(), a.name(), a.academicYear(), a.term(), a.yearGroup(), a.maxMark(), a.label(), u.rows,
                u.errorCount, u.errors, u.datasets, u.message, u.uploaderName, u.receivedAt, u.finishedAt,
                u.validationMillis, u.storageMillis);
    }
}
