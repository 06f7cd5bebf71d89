package org.uplift.assessment.upload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.platform.problem.FieldProblem;

/**
 * One file sent by one user, from arrival to its outcome. The switch to ACCEPTED is the single write that makes the
 * file's results count (the commit point); errors beyond the first {@value #ERRORS_KEPT_INLINE} live in
 * {@code upload_errors} so a file with every row wrong still fits.
 */
@Document("uploads")
class Upload {

    static final int ERRORS_KEPT_INLINE = 200;

    @Id
    String id;
    Uploader uploader;
    @Indexed
    String uploaderName;
    String fileName;
    String format;
    String sha256;
    long bytes;
    Assessment assessment;
    UploadStatus status = UploadStatus.RECEIVED;
    long bytesRead;
    int phase;
    int rows;
    int errorCount;
    List<FieldProblem> errors = new ArrayList<>();
    @Indexed
    List<String> urns = new ArrayList<>();
    @Indexed
    List<String> laCodes = new ArrayList<>();
    List<DatasetOutcome> datasets = new ArrayList<>();
    boolean published;
    @Nullable String message;
    Instant receivedAt;
    @Nullable Instant finishedAt;
    long validationMillis;
    long storageMillis;

    Upload(String id, Uploader uploader, String fileName, String format, String sha256, long bytes,
            Assessment assessment, Instant receivedAt) {
        this.id = id;
        this.uploader = uploader;
        this.uploaderName = uploader.username();
        this.fileName = fileName;
        this.format = format;
        this.sha256 = sha256;
        this.bytes = bytes;
        this.assessment = assessment;
        this.receivedAt = receivedAt;
    }

    /** 0–100: validation is the first half of the work, storage the second. */
    int percent() {
        if (status.finished()) {
            return 100;
        }
        double fraction = bytes == 0 ? 0 : Math.min(1.0, (double) bytesRead / bytes);
        return (int) Math.floor(phase == 2 ? 50 + fraction * 50 : fraction * 50);
    }

    /** What happened to one school's results for the assessment in this file. */
    record DatasetOutcome(String datasetId, String urn, String laCode, int pupils, boolean unchanged,
            @Nullable String submissionId, long sequence, @Nullable String replacedSubmissionId, Summary summary) {
    }

    /** Headline measures of a dataset, for the upload's summary page (reporting-service owns the dashboards). */
    record Summary(int pupils, @Nullable Double pctReadingExpected, @Nullable Double pctMathsExpected,
            @Nullable Double pctMathsGrade4, @Nullable Double pctMathsGrade5, @Nullable Double meanMathsProgress,
            int pupilsWithProgress, @Nullable Double meanMarkPercent) {
    }
}
