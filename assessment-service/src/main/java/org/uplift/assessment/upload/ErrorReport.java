package org.uplift.assessment.upload;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.uplift.platform.problem.FieldProblem;

/**
 * Every problem of a rejected file, written in pages of {@value #PAGE} to {@code upload_errors} as validation goes,
 * so even a file with every row wrong is reported in full without holding the report in memory.
 */
final class ErrorReport {

    static final String COLLECTION = "upload_errors";
    private static final int PAGE = 2000;

    private final MongoTemplate mongo;
    private final String uploadId;
    private final List<FieldProblem> first = new ArrayList<>();
    private final List<Document> page = new ArrayList<>();
    private int count;
    private int pages;

    ErrorReport(MongoTemplate mongo, String uploadId) {
        this.mongo = mongo;
        this.uploadId = uploadId;
    }

    void add(FieldProblem problem) {
        count++;
        if (first.size() < Upload.ERRORS_KEPT_INLINE) {
            first.add(problem);
        }
        page.add(new Document("row", problem.row()).append("field", problem.field()).append("message", problem.message()));
        if (page.size() == PAGE) {
            flush();
        }
    }

    void flush() {
        if (!page.isEmpty()) {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", uploadId + "/" + (++pages))
                    .append("uploadId", uploadId).append("page", pages).append("errors", new ArrayList<>(page)));
            page.clear();
        }
    }

    int count() {
        return count;
    }

    List<FieldProblem> firstErrors() {
        return List.copyOf(first);
    }

    /** Every problem of an upload, in file order. */
    static List<FieldProblem> all(MongoTemplate mongo, String uploadId) {
        List<FieldProblem> all = new ArrayList<>();
        for (Document page : mongo.getCollection(COLLECTION).find(new Document("uploadId", uploadId))
                .sort(new Document("page", 1))) {
            for (Document error : page.getList("errors", Document.class)) {
                all.add(new FieldProblem(error.getInteger("row"), error.getString("field"), error.getString("message")));
            }
        }
        return all;
    }
}
