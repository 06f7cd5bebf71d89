package org.uplift.assessment.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.uplift.platform.problem.FieldProblem;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Receives files (copied to a private temporary file while hashing them), queues them for one worker so uploads
 * never compete for memory, and answers who may see which upload. Files are deleted as soon as they are processed.
 */
@Service
class UploadService {

    private static final Logger log = LoggerFactory.getLogger(UploadService.class);

    private final MongoTemplate mongo;
    private final UploadProcessor processor;
    private final UploadPublisher publisher;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("uploads").factory());

    UploadService(MongoTemplate mongo, UploadProcessor processor, UploadPublisher publisher, Clock clock) {
        this.mongo = mongo;
        this.processor = processor;
        this.publisher = publisher;
        this.clock = clock;
    }

    UploadView receive(@Nullable MultipartFile file, Assessment assessment, TenantScope scope) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "Select a CSV or CTF file to upload");
        }
        String name = file.getOriginalFilename() == null ? "upload" : Path.of(file.getOriginalFilename()).getFileName().toString();
        try {
            Path temp = Files.createTempFile("uplift-upload-", ".part");
            MessageDigest sha256 = DatasetTally.sha256();
            byte[] head = new byte[64];
            int headLength;
            try (InputStream in = new DigestInputStream(file.getInputStream(), sha256);
                    OutputStream out = Files.newOutputStream(temp)) {
                headLength = in.readNBytes(head, 0, head.length);
                out.write(head, 0, headLength);
                in.transferTo(out);
            }
            byte[] start = java.util.Arrays.copyOf(head, headLength);
            Upload upload = new Upload(UUID.randomUUID().toString(), Uploader.of(scope), name,
                    UploadFormats.detect(name, start), HexFormat.of().formatHex(sha256.digest()), Files.size(temp),
                    assessment, clock.instant());
            mongo.insert(upload);
            worker.submit(() -> run(upload.id, temp));
            return UploadView.of(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file already on disk (demo data): queued like an upload, and deleted once processed. */
    void receive(Path file, String name, Assessment assessment, Uploader uploader) throws IOException {
        MessageDigest sha256 = DatasetTally.sha256();
        byte[] content = Files.readAllBytes(file);
        Upload upload = new Upload(UUID.randomUUID().toString(), uploader, name,
                UploadFormats.detect(name, java.util.Arrays.copyOf(content, Math.min(64, content.length))),
                HexFormat.of().formatHex(sha256.digest(content)), content.length, assessment, clock.instant());
        mongo.insert(upload);
        worker.submit(() -> run(upload.id, file));
    }

    private void run(String uploadId, Path file) {
        try {
            processor.process(uploadId, file);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the received file of upload {}", uploadId);
            }
        }
    }

    UploadView find(String id, TenantScope scope) {
        return UploadView.of(visible(id, scope));
    }

    List<FieldProblem> errors(String id, TenantScope scope) {
        Upload upload = visible(id, scope);
        return upload.errorCount <= upload.errors.size() ? upload.errors : ErrorReport.all(mongo, id);
    }

    List<UploadView> recent(TenantScope scope, int limit) {
        Query query = new Query(visibleTo(scope)).with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(limit);
        return mongo.find(query, Upload.class).stream().map(UploadView::of).toList();
    }

    List<SubmissionView> history(String urn, TenantScope scope) {
        Query query = new Query(where("urn").is(urn).and("state").in(Submission.State.CURRENT, Submission.State.REPLACED))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt", "sequence")).limit(200);
        return mongo.find(query, Submission.class).stream()
                .filter(s -> Uploader.of(scope).maySee(s.urn, s.laCode)).map(SubmissionView::of).toList();
    }

    private Upload visible(String id, TenantScope scope) {
        Upload upload = mongo.findById(id, Upload.class);
        if (upload == null || !canSee(upload, scope)) {
            throw new NotFoundException("upload", id);
        }
        return upload;
    }

    private static boolean canSee(Upload upload, TenantScope scope) {
        Uploader me = Uploader.of(scope);
        return me.admin() || upload.uploaderName.equals(scope.username())
                || upload.laCodes.stream().anyMatch(me.laCodes()::contains)
                || (me.urn() != null && upload.urns.size() == 1 && upload.urns.contains(me.urn()));
    }

    private static Criteria visibleTo(TenantScope scope) {
        Uploader me = Uploader.of(scope);
        if (me.admin()) {
            return new Criteria();
        }
        return new Criteria().orOperator(where("uploaderName").is(scope.username()), where("laCodes").in(me.laCodes()),
                where("urns").is(me.urn() == null ? "-" : me.urn()));
    }

    /**
     * Uploads cut off by a restart: the received file went with the process, so they fail cleanly (nothing was
     * current); accepted ones whose events were not all queued are finished.
     */
    @EventListener(ApplicationReadyEvent.class)
    void recover() {
        for (Upload upload : mongo.find(new Query(where("status").in(UploadStatus.RECEIVED, UploadStatus.VALIDATING,
                UploadStatus.STORING)), Upload.class)) {
            publisher.discard(upload.id);
            upload.status = UploadStatus.FAILED;
            upload.message = "Processing was interrupted by a restart; nothing was stored. Upload the file again.";
            upload.finishedAt = clock.instant();
            mongo.save(upload);
        }
        for (Upload upload : mongo.find(new Query(where("status").is(UploadStatus.ACCEPTED).and("published").is(false)),
                Upload.class)) {
            worker.submit(() -> publisher.publish(upload.id));
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
