package org.uplift.reporting.results;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.uplift.contracts.EventEnvelope;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.contracts.assessment.PupilResult;
import org.uplift.contracts.assessment.ResultsAccepted;
import org.uplift.contracts.assessment.SenProvision;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current pupil facts of every dataset, applied as docs/assessment-service.md says: a lower sequence is
 * ignored, a higher one drops the dataset's pupils first, and pupils are stored keyed by (dataset, pupil) so a
 * redelivered part overwrites itself. Only what the measures need is kept; never a name or UPN (the events carry none).
 */
@Component
class ResultsProjection {

    static final String DATASETS = "result_datasets";
    static final String PUPILS = "result_pupils";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final MongoTemplate mongo;
    private final AttainmentCells cells;

    ResultsProjection(MongoTemplate mongo, AttainmentCells cells) {
        this.mongo = mongo;
        this.cells = cells;
        mongo.getCollection(PUPILS).createIndex(Indexes.ascending("dataset", "seq"));
    }

    void apply(EventEnvelope event) {
        ResultsAccepted results = JSON.treeToValue(event.payload(), ResultsAccepted.class);
        MongoCollection<Document> datasets = mongo.getCollection(DATASETS);
        Document stored = datasets.find(Filters.eq("_id", results.datasetId())).first();
        long storedSequence = stored == null ? Long.MIN_VALUE : ((Number) stored.get("sequence")).longValue();
        if (results.sequence() < storedSequence) {
            return;
        }
        if (results.sequence() > storedSequence) {
            mongo.getCollection(PUPILS).deleteMany(Filters.and(Filters.eq("dataset", results.datasetId()),
                    Filters.lt("seq", results.sequence())));
            datasets.replaceOne(Filters.eq("_id", results.datasetId()), new Document("_id", results.datasetId())
                    .append("sequence", results.sequence()).append("urn", results.urn()).append("laCode", results.laCode())
                    .append("year", results.academicYear()).append("kind", results.kind().name())
                    .append("assessment", results.assessment()).append("term", results.term())
                    .append("parts", results.parts()).append("partsSeen", List.of()), new ReplaceOptions().upsert(true));
        }
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        for (PupilResult pupil : results.pupils()) {
            String id = results.datasetId() + "|" + pupil.pupilId();
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), fact(id, results, pupil), new ReplaceOptions().upsert(true)));
        }
        if (!writes.isEmpty()) {
            mongo.getCollection(PUPILS).bulkWrite(writes);
        }
        datasets.updateOne(Filters.eq("_id", results.datasetId()), Updates.addToSet("partsSeen", results.part()));
        cells.refresh(results.datasetId());
    }

    void clear() {
        mongo.getCollection(PUPILS).deleteMany(new Document());
        mongo.getCollection(DATASETS).deleteMany(new Document());
        cells.clear();
    }

    private static Document fact(String id, ResultsAccepted results, PupilResult pupil) {
        AssessmentKind kind = results.kind();
        Number score = switch (kind) {
            case KS2 -> pupil.ks2Maths();
            case KS4 -> pupil.ks4MathsGrade();
            case DIAGNOSTIC -> pupil.markPercent();
        };
        Boolean first = kind == AssessmentKind.KS2 ? pupil.ks2MathsExpected() : pupil.ks4MathsGrade4Plus();
        Boolean second = kind == AssessmentKind.KS2 ? pupil.ks2MathsHigher() : pupil.ks4MathsGrade5Plus();
        return new Document("_id", id).append("dataset", results.datasetId()).append("seq", results.sequence())
                .append("dis", pupil.disadvantaged())
                .append("sen", pupil.senProvision() != null && pupil.senProvision() != SenProvision.NONE)
                .append("eal", pupil.eal()).append("eth", pupil.ethnicity()).append("sex", pupil.sex())
                .append("score", score == null ? null : score.doubleValue())
                .append("m1", Boolean.TRUE.equals(first)).append("m2", Boolean.TRUE.equals(second))
                .append("prog", pupil.mathsProgress());
    }
}
