package org.uplift.reporting.results;

import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
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
 * The current results of every dataset, applied as docs/assessment-service.md says: a lower sequence is ignored, a
 * higher one drops the dataset's earlier parts first. Pupils are turned into the breakdown groups' additive statistics
 * as they arrive and never stored (no name, UPN or even pseudonymous id): a dataset of one part becomes the school's
 * cell directly; the parts of a larger one are kept as statistics per (dataset, sequence, part), so a redelivered part
 * overwrites itself, and summed into the school's cell.
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
        Map<Group, Stats> groups = statistics(results);
        Document dataset;
        if (results.sequence() > storedSequence) {
            if (stored != null) {
                for (int part = 1; part <= stored.getInteger("parts", 1); part++) {
                    parts().deleteOne(Filters.eq("_id", datasetId + "|" + storedSequence + "|" + part));
                }
            }
            dataset = new Document("_id", datasetId).append("sequence", results.sequence()).append("urn", results.urn())
                    .append("laCode", results.laCode()).append("year", results.academicYear()).append("kind", results.kind().name())
                    .append("assessment", results.assessment()).append("term", results.term()).append("parts", results.parts())
                    .append("partsSeen", List.of(results.part()));
            datasets.replaceOne(Filters.eq("_id", datasetId), dataset, new ReplaceOptions().upsert(true));
        } else {
            dataset = datasets.findOneAndUpdate(Filters.eq("_id", datasetId), Updates.addToSet("partsSeen", results.part()),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        }
        int parts = dataset.getInteger("parts", 1);
        if (parts > 1) {
            parts().replaceOne(Filters.eq("_id", datasetId + "|" + results.sequence() + "|" + results.part()),
                    new Document("groups", CellStore.toDocument(groups)), new ReplaceOptions().upsert(true));
            groups = sumOfParts(datasetId, results.sequence(), parts);
        }
        String key = dataset.getString("kind") + "|" + dataset.getString("assessment") + "|" + dataset.getString("year") + "|"
                + dataset.getString("term");
        cells.writeSchool(dataset.getString("urn"), dataset.getString("laCode"), key, groups,
                dataset.getList("partsSeen", Object.class).size() >= parts);
    }

    private Map<Group, Stats> sumOfParts(String datasetId, long sequence, int parts) {
        Map<Group, Stats> sums = CellStore.emptyGroups();
        for (int part = 1; part <= parts; part++) {
            Document stored = parts().find(Filters.eq("_id", datasetId + "|" + sequence + "|" + part)).first();
            if (stored != null) {
                CellStore.groupsOf(stored).forEach((group, stats) -> sums.get(group).add(stats));
            }
        }
        return sums;
    }

    /** The breakdown groups' statistics of one event's pupils: only what the measures and breakdowns need. */
    private static Map<Group, Stats> statistics(ResultsAccepted results) {
        Map<Group, Stats> groups = CellStore.emptyGroups();
        AssessmentKind kind = results.kind();
        for (PupilResult pupil : results.pupils()) {
            Number score = switch (kind) {
                case KS2 -> pupil.ks2Maths();
                case KS4 -> pupil.ks4MathsGrade();
                case DIAGNOSTIC -> pupil.markPercent();
            };
            boolean first = Boolean.TRUE.equals(kind == AssessmentKind.KS2 ? pupil.ks2MathsExpected() : pupil.ks4MathsGrade4Plus());
            boolean second = Boolean.TRUE.equals(kind == AssessmentKind.KS2 ? pupil.ks2MathsHigher() : pupil.ks4MathsGrade5Plus());
            boolean sen = pupil.senProvision() != null && pupil.senProvision() != SenProvision.NONE;
            for (Group group : Group.values()) {
                if (group.contains(pupil.disadvantaged(), sen, pupil.eal(), pupil.ethnicity(), pupil.sex())) {
                    groups.get(group).addPupil(score == null ? null : score.doubleValue(), first, second, pupil.mathsProgress());
                }
            }
        }
        return groups;
    }

    void clear() {
        parts().deleteMany(new Document());
        mongo.getCollection(DATASETS).deleteMany(new Document());
        cells.clear();
    }

    private MongoCollection<Document> parts() {
        return mongo.getCollection(PARTS);
    }
}
