package org.uplift.reporting.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
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
import org.uplift.reporting.figures.Group;
import org.uplift.reporting.figures.Stats;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current pupil facts of every dataset, applied as docs/assessment-service.md says: a lower sequence is
 * ignored, a higher one drops the dataset's pupils first, and pupils are stored per (dataset, sequence, part) so a
 * redelivered part overwrites itself. Only what the measures need is kept: no name or UPN (the events carry none) and
 * not even the pseudonymous pupil id.
 */
@Component
class ResultsProjection {

    static final String DATASETS = "result_datasets";
    static final String PARTS = "result_parts";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final MongoTemplate mongo;
    private final AttainmentCells cells;

    ResultsProjection(MongoTemplate mongo, AttainmentCells cells) {
        this.mongo = mongo;
        this.cells = cells;
    }

    void apply(EventEnvelope event) {
        ResultsAccepted results = JSON.treeToValue(event.payload(), ResultsAccepted.class);
        String datasetId = results.datasetId();
        MongoCollection<Document> datasets = mongo.getCollection(DATASETS);
        Document stored = datasets.find(Filters.eq("_id", datasetId)).first();
        long storedSequence = stored == null ? Long.MIN_VALUE : ((Number) stored.get("sequence")).longValue();
        if (results.sequence() < storedSequence) {
            return;
        }
        if (results.sequence() > storedSequence) {
            if (stored != null) {
                for (int part = 1; part <= stored.getInteger("parts", 1); part++) {
                    mongo.getCollection(PARTS).deleteOne(Filters.eq("_id", datasetId + "|" + storedSequence + "|" + part));
                }
            }
            datasets.replaceOne(Filters.eq("_id", datasetId), new Document("_id", datasetId)
                    .append("sequence", results.sequence()).append("urn", results.urn()).append("laCode", results.laCode())
                    .append("year", results.academicYear()).append("kind", results.kind().name())
                    .append("assessment", results.assessment()).append("term", results.term())
                    .append("parts", results.parts()).append("partsSeen", List.of()), new ReplaceOptions().upsert(true));
        }
        List<Document> pupils = new ArrayList<>();
        for (PupilResult pupil : results.pupils()) {
            pupils.add(fact(results, pupil));
        }
        // one document per part, keyed by (dataset, sequence, part): a redelivered part overwrites itself
        mongo.getCollection(PARTS).replaceOne(Filters.eq("_id", datasetId + "|" + results.sequence() + "|" + results.part()),
                new Document("pupils", pupils), new ReplaceOptions().upsert(true));
        datasets.updateOne(Filters.eq("_id", datasetId), Updates.addToSet("partsSeen", results.part()));
        Document dataset = datasets.find(Filters.eq("_id", datasetId)).first();
        cells.refresh(dataset, statistics(dataset), dataset.getList("partsSeen", Object.class).size() >= dataset.getInteger("parts", 1));
    }

    /** The breakdown groups' statistics over the pupils of every part of the dataset's current sequence. */
    private Map<Group, Stats> statistics(Document dataset) {
        Map<Group, Stats> groups = AttainmentCells.emptyGroups();
        for (int part = 1; part <= dataset.getInteger("parts", 1); part++) {
            Document stored = mongo.getCollection(PARTS).find(Filters.eq("_id", dataset.getString("_id") + "|"
                    + dataset.get("sequence") + "|" + part)).first();
            for (Document pupil : stored == null ? List.<Document>of() : stored.getList("pupils", Document.class)) {
                Number score = (Number) pupil.get("score");
                Number progress = (Number) pupil.get("prog");
                for (Group group : Group.values()) {
                    if (group.contains(pupil.getBoolean("dis", false), pupil.getBoolean("sen", false),
                            pupil.getBoolean("eal", false), pupil.getString("eth"), pupil.getString("sex"))) {
                        groups.get(group).addPupil(score == null ? null : score.doubleValue(), pupil.getBoolean("m1", false),
                                pupil.getBoolean("m2", false), progress == null ? null : progress.doubleValue());
                    }
                }
            }
        }
        return groups;
    }

    void clear() {
        mongo.getCollection(PARTS).deleteMany(new Document());
        mongo.getCollection(DATASETS).deleteMany(new Document());
        cells.clear();
    }

    /** Only what the measures and breakdowns need; the pseudonymous id is not kept. */
    private static Document fact(ResultsAccepted results, PupilResult pupil) {
        AssessmentKind kind = results.kind();
        Number score = switch (kind) {
            case KS2 -> pupil.ks2Maths();
            case KS4 -> pupil.ks4MathsGrade();
            case DIAGNOSTIC -> pupil.markPercent();
        };
        Boolean first = kind == AssessmentKind.KS2 ? pupil.ks2MathsExpected() : pupil.ks4MathsGrade4Plus();
        Boolean second = kind == AssessmentKind.KS2 ? pupil.ks2MathsHigher() : pupil.ks4MathsGrade5Plus();
        return new Document("dis", pupil.disadvantaged())
                .append("sen", pupil.senProvision() != null && pupil.senProvision() != SenProvision.NONE)
                .append("eal", pupil.eal()).append("eth", pupil.ethnicity()).append("sex", pupil.sex())
                .append("score", score == null ? null : score.doubleValue())
                .append("m1", Boolean.TRUE.equals(first)).append("m2", Boolean.TRUE.equals(second))
                .append("prog", pupil.mathsProgress());
    }
}
