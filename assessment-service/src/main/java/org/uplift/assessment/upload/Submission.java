package org.uplift.assessment.upload;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One dataset's results from one upload (dataset = school + assessment + period). Exactly one submission per dataset
 * is CURRENT; earlier ones are REPLACED and stay, so the history shows every correction.
 */
@Document("submissions")
class Submission {

    enum State { STAGED, CURRENT, REPLACED, DISCARDED }

    @Id
    String id;
    @Indexed
    String datasetId;
    @Indexed
    String uploadId;
    String urn;
    String laCode;
    Assessment assessment;
    long sequence;
    int pupils;
    String fingerprint;
    State state = State.STAGED;
    @Nullable String replacesSubmissionId;
    @Nullable String replacedBy;
    String uploadedBy;
    Instant receivedAt;
    Upload.Summary summary;

    Submission(String id, String datasetId, String uploadId, String urn, String laCode, Assessment assessment,
            long sequence, int pupils, String fingerprint, String uploadedBy, Instant receivedAt, Upload.Summary summary) {
        this.id = id;
        this.datasetId = datasetId;
        this.uploadId = uploadId;
        this.urn = urn;
        this.laCode = laCode;
        this.assessment = assessment;
        this.sequence = sequence;
        this.pupils = pupils;
        this.fingerprint = fingerprint;
        this.uploadedBy = uploadedBy;
        this.receivedAt = receivedAt;
        this.summary = summary;
    }
}
