package org.uplift.assessment.upload;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One entry of a dataset's history: which upload supplied it and whether a later correction replaced it. */
record SubmissionView(String id, String datasetId, String urn, String assessment, String uploadId, long sequence,
        int pupils, String state, @Nullable String replacesSubmissionId, @Nullable String replacedBy, String uploadedBy,
        Instant receivedAt, Upload.Summary summary) {

    static SubmissionView of(Submission s) {
        return new SubmissionView(s.id, s.datasetId, s.urn, s.assessment.label(), s.uploadId, s.sequence, s.pupils,
                s.state.name(), s.replacesSubmissionId, s.replacedBy, s.uploadedBy, s.receivedAt, s.summary);
    }
}
