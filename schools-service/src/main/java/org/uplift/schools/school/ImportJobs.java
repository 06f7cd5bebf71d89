package org.uplift.schools.school;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;

/** Runs page-started imports on a virtual thread and records their progress where any instance can read it. */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final MongoTemplate mongo;
    private final SchoolImport imports;

    ImportJobs(MongoTemplate mongo, SchoolImport imports) {
        this.mongo = mongo;
        this.imports = imports;
    }

    String start(byte[] file, String fileName, TenantScope scope) {
        ImportJob job = mongo.insert(new ImportJob(UUID.randomUUID().toString(), scope.username(), fileName, Instant.now()));
        Thread.ofVirtual().name("school-import-" + job.id).start(() -> run(job.id, file, scope));
        return job.id;
    }

    /** Only the person who started an import sees it. */
    ImportStatus find(String id, TenantScope scope) {
        ImportJob job = mongo.findById(id, ImportJob.class);
        if (job == null || !job.startedBy.equals(scope.username())) {
            throw new NotFoundException("import", id);
        }
        return ImportStatus.of(job);
    }

    private void run(String id, byte[] file, TenantScope scope) {
        Query byId = new Query(Criteria.where("_id").is(id));
        try (InputStream in = new ByteArrayInputStream(file)) {
            ImportResult result = imports.run(in, scope,
                    applied -> mongo.updateFirst(byId, Update.update("applied", applied), ImportJob.class));
            mongo.updateFirst(byId, Update.update("state", ImportJob.State.DONE).set("result", result), ImportJob.class);
        } catch (InvalidInputException e) {
            mongo.updateFirst(byId, Update.update("state", ImportJob.State.REJECTED).set("problems", e.problems()),
                    ImportJob.class);
        } catch (Exception e) {
            log.warn("Import {} failed", id, e);
            mongo.updateFirst(byId, Update.update("state", ImportJob.State.FAILED).set("failure", e.toString()),
                    ImportJob.class);
        }
    }
}
