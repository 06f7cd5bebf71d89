package org.uplift.assessment.upload;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.contracts.assessment.PupilResult;
import org.uplift.platform.events.OutboxEvent;

/**
 * Up to {@value #MAX_PUPILS} pupils' pseudonymous results of one submission, and the one event announcing them. The
 * batch is the outbox aggregate: a whole LA's file becomes many small documents (each far below MongoDB's 16 MB
 * and each event, at about 0.6 kB a pupil, well below Kafka's 1 MB default), and queuing a batch's event is one atomic write of that batch.
 */
@Document("result_batches")
class ResultBatch {

    static final int MAX_PUPILS = 500;

    @Id
    String id;
    @Indexed
    String submissionId;
    @Indexed
    String uploadId;
    String datasetId;
    AssessmentKind kind;
    @Indexed
    String academicYear;
    int part;
    boolean current;
    boolean queued;
    List<PupilResult> pupils;
    @Nullable String estimatesSource;
    List<OutboxEvent> outbox = new ArrayList<>();

    ResultBatch(String id, String submissionId, String uploadId, String datasetId, AssessmentKind kind,
            String academicYear, int part, List<PupilResult> pupils, @Nullable String estimatesSource) {
        this.id = id;
        this.submissionId = submissionId;
        this.uploadId = uploadId;
        this.datasetId = datasetId;
        this.kind = kind;
        this.academicYear = academicYear;
        this.part = part;
        this.pupils = pupils;
        this.estimatesSource = estimatesSource;
    }
}
