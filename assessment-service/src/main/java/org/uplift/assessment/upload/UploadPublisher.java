package org.uplift.assessment.upload;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.uplift.contracts.assessment.ResultsAccepted;
import org.uplift.platform.events.OutboxEvent;
import org.uplift.platform.events.Outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * After an upload is ACCEPTED: each of its submissions replaces the dataset's earlier one, and each of its batches
 * gets its {@code results.accepted} event in the same write that marks it current. Every step is conditional on the
 * state it moves from, so running this again after a crash finishes the job without doubling anything.
 */
@Component
class UploadPublisher {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    UploadPublisher(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    void publish(String uploadId) {
        Upload upload = mongo.findById(uploadId, Upload.class);
        if (upload == null || upload.status != UploadStatus.ACCEPTED || upload.published) {
            return;
        }
        for (Submission submission : mongo.find(new Query(where("uploadId").is(uploadId)), Submission.class)) {
            if (submission.state == Submission.State.STAGED) {
                makeCurrent(submission);
            }
            queueEvents(upload, submission);
        }
        mongo.updateFirst(new Query(where("_id").is(uploadId)), new Update().set("published", true), Upload.class);
    }

    private void makeCurrent(Submission submission) {
        String replaced = null;
        for (Submission earlier : mongo.find(new Query(where("datasetId").is(submission.datasetId)
                .and("state").is(Submission.State.CURRENT).and("sequence").lt(submission.sequence)), Submission.class)) {
            mongo.updateFirst(new Query(where("_id").is(earlier.id).and("state").is(Submission.State.CURRENT)),
                    new Update().set("state", Submission.State.REPLACED).set("replacedBy", submission.id), Submission.class);
            mongo.updateMulti(new Query(where("submissionId").is(earlier.id)), new Update().set("current", false),
                    ResultBatch.class);
            replaced = earlier.id;
        }
        submission.replacesSubmissionId = replaced;
        submission.state = Submission.State.CURRENT;
        mongo.updateFirst(new Query(where("_id").is(submission.id).and("state").is(Submission.State.STAGED)),
                new Update().set("state", Submission.State.CURRENT).set("replacesSubmissionId", replaced), Submission.class);
    }

    private void queueEvents(Upload upload, Submission submission) {
        Query batches = new Query(where("submissionId").is(submission.id));
        int parts = (int) mongo.count(batches, ResultBatch.class);
        List<String> pending = mongo.find(new Query(where("submissionId").is(submission.id).and("queued").is(false)),
                ResultBatch.class).stream().map(b -> b.id).toList();
        for (String batchId : pending) {
            ResultBatch batch = mongo.findById(batchId, ResultBatch.class);
            Assessment a = submission.assessment;
            OutboxEvent event = outbox.event(submission.datasetId, submission.laCode, new ResultsAccepted(submission.id,
                    submission.datasetId, submission.urn, submission.laCode, a.academicYear(), a.kind(), a.name(),
                    a.term(), a.maxMark(), submission.sequence, submission.replacesSubmissionId, batch.part, parts,
                    submission.pupils, estimatesSource(batch), batch.pupils));
            mongo.updateFirst(new Query(where("_id").is(batchId).and("queued").is(false)),
                    new Update().set("queued", true).set("current", true).push("outbox", event), ResultBatch.class);
        }
    }

    private static String estimatesSource(ResultBatch batch) {
        return batch.estimatesSource;
    }

    /** Removes what a failed upload staged; nothing of it was ever current. */
    void discard(String uploadId) {
        mongo.remove(new Query(where("uploadId").is(uploadId).and("queued").is(false)), ResultBatch.class);
        mongo.updateMulti(new Query(where("uploadId").is(uploadId).and("state").is(Submission.State.STAGED)),
                new Update().set("state", Submission.State.DISCARDED), Submission.class);
    }
}
