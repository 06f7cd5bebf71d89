package org.uplift.assessment.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.uplift.assessment.measure.EstimateTable;
import org.uplift.assessment.measure.Estimates;
import org.uplift.assessment.measure.Measures;
import org.uplift.assessment.measure.PagSums;
import org.uplift.assessment.pupil.Pseudonymiser;
import org.uplift.assessment.school.KnownSchools;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.contracts.assessment.PupilResult;
import org.uplift.platform.problem.FieldProblem;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Works through one received file in two streaming passes: the first validates every row (storing nothing but the
 * error report), the second stores the pupils' pseudonymous results in batches. Only the final switch of the upload
 * to ACCEPTED makes them count; {@link UploadPublisher} then replaces earlier submissions and queues the events.
 */
@Component
class UploadProcessor {

    private static final Logger log = LoggerFactory.getLogger(UploadProcessor.class);
    private static final int PROGRESS_EVERY = 2000;
    private static final int MAX_BUFFERED = 20_000;

    private final MongoTemplate mongo;
    private final Pseudonymiser pseudonymiser;
    private final KnownSchools schools;
    private final Estimates estimates;
    private final UploadPublisher publisher;
    private final Clock clock;

    UploadProcessor(MongoTemplate mongo, Pseudonymiser pseudonymiser, KnownSchools schools, Estimates estimates,
            UploadPublisher publisher, Clock clock) {
        this.mongo = mongo;
        this.pseudonymiser = pseudonymiser;
        this.schools = schools;
        this.estimates = estimates;
        this.publisher = publisher;
        this.clock = clock;
    }

    void process(String uploadId, Path file) {
        Upload upload = mongo.findById(uploadId, Upload.class);
        if (upload == null) {
            return;
        }
        try (Spool spool = new Spool()) {
            long start = System.nanoTime();
            progress(upload, UploadStatus.VALIDATING, 1, 0, 0);
            Map<String, DatasetTally> tallies = validate(upload, file, spool);
            if (tallies == null) {
                return;
            }
            upload.validationMillis = (System.nanoTime() - start) / 1_000_000;
            Map<String, Submission> current = new HashMap<>();
            for (DatasetTally tally : tallies.values()) {
                Submission existing = mongo.findOne(new Query(where("datasetId").is(tally.datasetId)
                        .and("state").is(Submission.State.CURRENT)), Submission.class);
                if (existing != null) {
                    current.put(tally.datasetId, existing);
                }
            }
            List<DatasetTally> changed = tallies.values().stream().filter(t -> current.get(t.datasetId) == null
                    || !current.get(t.datasetId).fingerprint.equals(t.fingerprint())).toList();
            if (changed.isEmpty()) {
                finish(upload, UploadStatus.UNCHANGED, outcomes(upload, tallies, current, Map.of()),
                        "These results are already stored exactly as in this file; nothing changed.");
                return;
            }
            long storeStart = System.nanoTime();
            progress(upload, UploadStatus.STORING, 2, 0, upload.rows);
            Map<String, Submission> staged = store(upload, spool, changed);
            upload.storageMillis = (System.nanoTime() - storeStart) / 1_000_000;
            finish(upload, UploadStatus.ACCEPTED, outcomes(upload, tallies, current, staged), null);
            publisher.publish(upload.id);
        } catch (RuntimeException e) {
            // The message of a parser exception could quote file content: log the type and where, never the text.
            log.warn("Upload {} failed after {} rows: {}", uploadId, upload.rows, e.getClass().getName());
            publisher.discard(uploadId);
            finish(upload, UploadStatus.FAILED, List.of(), "The file could not be processed; nothing was stored. "
                    + "Check it is a CSV or CTF export and upload it again.");
        }
    }

    /** Pass 1: every row checked; null when the file is rejected (the report is then stored). */
    private @Nullable Map<String, DatasetTally> validate(Upload upload, Path file, Spool spool) {
        RowValidator validator = new RowValidator(upload.assessment, upload.uploader, pseudonymiser, schools);
        Map<String, DatasetTally> tallies = new LinkedHashMap<>();
        Map<Long, Integer> seen = new HashMap<>();
        ErrorReport report = new ErrorReport(mongo, upload.id);
        MessageDigest sha256 = DatasetTally.sha256();
        int rows = 0;
        try (CountingInput in = new CountingInput(Files.newInputStream(file));
                RowReader reader = UploadFormats.reader(upload.format, in, upload.assessment.kind())) {
            reader.structureProblems().forEach(report::add);
            RawRow raw;
            List<FieldProblem> problems = new ArrayList<>();
            while ((raw = reader.next()) != null) {
                rows++;
                problems.clear();
                ValidRow row = validator.validate(raw, problems);
                if (row != null) {
                    Integer earlier = seen.putIfAbsent(duplicateKey(row), row.row());
                    if (earlier != null) {
                        problems.add(FieldProblem.inRow(row.row(), Columns.UPN,
                                "The same pupil is already in row " + earlier + " for this school"));
                    } else {
                        tallies.computeIfAbsent(upload.assessment.datasetId(row.urn()),
                                id -> new DatasetTally(id, row.urn(), row.laCode())).add(row, sha256);
                        if (report.count() == 0) {
                            spool.write(row);
                        }
                    }
                }
                problems.forEach(report::add);
                if (rows % PROGRESS_EVERY == 0) {
                    progress(upload, UploadStatus.VALIDATING, 1, in.count(), rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        upload.rows = rows;
        if (rows == 0 && report.count() == 0) {
            report.add(FieldProblem.inRow(2, "file", "The file has no pupil rows"));
        }
        report.flush();
        if (report.count() > 0) {
            upload.errorCount = report.count();
            upload.errors = report.firstErrors();
            finish(upload, UploadStatus.REJECTED, List.of(), "The file has " + report.count()
                    + (report.count() == 1 ? " error" : " errors") + "; nothing was stored.");
            return null;
        }
        return tallies;
    }

    private static long duplicateKey(ValidRow row) {
        return Long.parseUnsignedLong(row.pupil().value().substring(0, 16), 16) * 31 + row.urn().hashCode();
    }

    /** Pass 2: the changed datasets' pupils, with their measures, written as staged batches. */
    private Map<String, Submission> store(Upload upload, Spool spool, List<DatasetTally> changed) {
        Assessment assessment = upload.assessment;
        Map<String, DatasetTally> byId = new HashMap<>();
        changed.forEach(t -> byId.put(t.datasetId, t));
        EstimateTable table = assessment.kind() == AssessmentKind.KS4 ? estimates(assessment.academicYear(), changed) : null;
        Map<String, List<PupilResult>> buffers = new HashMap<>();
        Map<String, Integer> parts = new HashMap<>();
        Map<String, SummaryTally> summaries = new HashMap<>();
        int buffered = 0;
        int rows = 0;
        try (Spool.Reader reader = spool.read()) {
            ValidRow row;
            while ((row = reader.next()) != null) {
                rows++;
                String datasetId = assessment.datasetId(row.urn());
                if (byId.containsKey(datasetId)) {
                    PupilResult result = result(assessment, row, table);
                    summaries.computeIfAbsent(datasetId, id -> new SummaryTally()).add(result);
                    List<PupilResult> buffer = buffers.computeIfAbsent(datasetId, id -> new ArrayList<>());
                    buffer.add(result);
                    buffered++;
                    if (buffer.size() >= ResultBatch.MAX_PUPILS) {
                        buffered -= flush(upload, datasetId, buffer, parts, table);
                    }
                    if (buffered >= MAX_BUFFERED) {
                        for (Map.Entry<String, List<PupilResult>> entry : buffers.entrySet()) {
                            buffered -= flush(upload, entry.getKey(), entry.getValue(), parts, table);
                        }
                    }
                }
                if (rows % PROGRESS_EVERY == 0) {
                    progress(upload, UploadStatus.STORING, 2, upload.bytes * rows / Math.max(1, upload.rows), upload.rows);
                }
            }
        }
        buffers.forEach((datasetId, buffer) -> flush(upload, datasetId, buffer, parts, table));
        Map<String, Submission> staged = new HashMap<>();
        for (DatasetTally tally : changed) {
            Submission submission = new Submission(submissionId(upload, tally), tally.datasetId, upload.id, tally.urn,
                    tally.laCode, assessment, nextSequence(tally.datasetId), tally.pupils, tally.fingerprint(),
                    upload.uploaderName, upload.receivedAt, summaries.get(tally.datasetId).summary(assessment));
            mongo.insert(submission);
            staged.put(tally.datasetId, submission);
        }
        return staged;
    }

    private int flush(Upload upload, String datasetId, List<PupilResult> buffer, Map<String, Integer> parts,
            @Nullable EstimateTable table) {
        if (buffer.isEmpty()) {
            return 0;
        }
        int part = parts.merge(datasetId, 1, Integer::sum);
        String urn = datasetId.substring(0, datasetId.indexOf(':'));
        String submissionId = upload.id + "/" + urn;
        mongo.insert(new ResultBatch(submissionId + "/" + part, submissionId, upload.id, datasetId,
                upload.assessment.kind(), upload.assessment.academicYear(), part, new ArrayList<>(buffer),
                table == null ? null : table.source().name()));
        int flushed = buffer.size();
        buffer.clear();
        return flushed;
    }

    private static String submissionId(Upload upload, DatasetTally tally) {
        return upload.id + "/" + tally.urn;
    }

    static PupilResult result(Assessment assessment, ValidRow row, @Nullable EstimateTable table) {
        boolean ks2 = assessment.kind() == AssessmentKind.KS2;
        boolean ks4 = assessment.kind() == AssessmentKind.KS4;
        Integer pag = ks4 ? Measures.pag(row.ks2Reading(), row.ks2Maths()) : null;
        Double estimate = table == null ? null : table.estimate(pag);
        return new PupilResult(row.pupil().value(), row.yearGroup(), row.disadvantaged(), row.sen(), row.eal(),
                row.ethnicity(), row.sex(), row.ks2Reading(), row.ks2Maths(),
                ks2 ? Measures.ks2Expected(row.ks2Reading()) : null, ks2 ? Measures.ks2Higher(row.ks2Reading()) : null,
                ks2 ? Measures.ks2Expected(row.ks2Maths()) : null, ks2 ? Measures.ks2Higher(row.ks2Maths()) : null,
                row.ks4Maths(), row.ks4English(), Measures.atLeast(row.ks4Maths(), 4), Measures.atLeast(row.ks4Maths(), 5),
                pag, estimate, ks4 && pag != null ? Measures.mathsProgress(row.ks4Maths(), estimate) : null,
                row.mark(), Measures.percent(row.mark(), assessment.maxMark()));
    }

    /**
     * Estimates for a KS4 file: the official table if there is one, else the mean maths element per PAG over every
     * current KS4 pupil of the year on the platform, with this file's schools counted from the file (their earlier
     * results are about to be replaced).
     */
    private EstimateTable estimates(String academicYear, List<DatasetTally> changed) {
        PagSums sums = new PagSums();
        List<String> replaced = changed.stream().map(t -> t.datasetId).toList();
        List<Document> pipeline = List.of(
                new Document("$match", new Document("kind", "KS4").append("academicYear", academicYear)
                        .append("current", true).append("datasetId", new Document("$nin", replaced))),
                new Document("$unwind", "$pupils"),
                new Document("$match", new Document("pupils.pag", new Document("$ne", null))
                        .append("pupils.ks4MathsGrade", new Document("$ne", null))),
                new Document("$group", new Document("_id", "$pupils.pag")
                        .append("grades", new Document("$sum", "$pupils.ks4MathsGrade"))
                        .append("pupils", new Document("$sum", 1))));
        for (Document group : mongo.getCollection("result_batches").aggregate(pipeline)) {
            sums.addAll(((Number) group.get("_id")).intValue(), 2 * ((Number) group.get("grades")).longValue(),
                    ((Number) group.get("pupils")).longValue());
        }
        for (DatasetTally tally : changed) {
            sums.merge(tally.pagSums);
        }
        return estimates.forYear(academicYear, sums);
    }

    private long nextSequence(String datasetId) {
        Document counter = mongo.findAndModify(new Query(where("_id").is(datasetId)), new Update().inc("sequence", 1),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, "dataset_sequences");
        return ((Number) counter.get("sequence")).longValue();
    }

    private List<Upload.DatasetOutcome> outcomes(Upload upload, Map<String, DatasetTally> tallies,
            Map<String, Submission> current, Map<String, Submission> staged) {
        List<Upload.DatasetOutcome> outcomes = new ArrayList<>();
        for (DatasetTally tally : tallies.values()) {
            Submission now = staged.get(tally.datasetId);
            Submission before = current.get(tally.datasetId);
            Submission shown = now != null ? now : before;
            outcomes.add(new Upload.DatasetOutcome(tally.datasetId, tally.urn, tally.laCode, tally.pupils, now == null,
                    shown == null ? null : shown.id, shown == null ? 0 : shown.sequence,
                    now != null && before != null ? before.id : null,
                    shown == null ? new Upload.Summary(tally.pupils, null, null, null, null, null, 0, null) : shown.summary));
            if (!upload.urns.contains(tally.urn)) {
                upload.urns.add(tally.urn);
            }
            if (!upload.laCodes.contains(tally.laCode)) {
                upload.laCodes.add(tally.laCode);
            }
        }
        return outcomes;
    }

    private void progress(Upload upload, UploadStatus status, int phase, long bytesRead, int rows) {
        upload.status = status;
        upload.phase = phase;
        upload.bytesRead = bytesRead;
        mongo.updateFirst(new Query(where("_id").is(upload.id)), new Update().set("status", status)
                .set("phase", phase).set("bytesRead", bytesRead).set("rows", rows), Upload.class);
    }

    /** The one write that decides the outcome; for ACCEPTED it is the commit point of the whole file. */
    private void finish(Upload upload, UploadStatus status, List<Upload.DatasetOutcome> outcomes, @Nullable String message) {
        upload.status = status;
        upload.datasets = outcomes;
        upload.message = message;
        upload.finishedAt = clock.instant();
        mongo.save(upload);
    }

    /** Counts bytes read so the progress bar can follow the file. */
    static final class CountingInput extends java.io.FilterInputStream {

        private long count;

        CountingInput(InputStream in) {
            super(new java.io.BufferedInputStream(in, 65536));
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count += Math.max(read, 0);
            return read;
        }
    }
}
