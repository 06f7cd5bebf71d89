package org.uplift.reporting.results;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.contracts.reference.LocalAuthority;
import org.uplift.contracts.reference.ReferenceData;
import org.uplift.reporting.access.Area;
import org.uplift.reporting.figures.Group;
import org.uplift.reporting.figures.Stats;

/**
 * Pre-aggregated cells: per school and per LA, for each assessment and year, the additive statistics of every
 * breakdown group. A school's cell is recomputed from its dataset's pupils when an event changes them, then its LA's
 * cell from the LA's school cells; both are replaced whole (state, not increments), so replays give the same cells.
 * A report reads one school or LA cell, or sums at most one cell per LA (region, platform): its cost does not grow
 * with pupils or years.
 */
@Component
class AttainmentCells {

    static final String CELLS = "attainment_cells";

    private final MongoTemplate mongo;

    AttainmentCells(MongoTemplate mongo) {
        this.mongo = mongo;
        cells().createIndex(Indexes.ascending("level", "code", "year"));
        cells().createIndex(Indexes.ascending("level", "laCode", "year"));
        cells().createIndex(Indexes.ascending("level", "regionCode", "year"));
    }

    void refresh(String datasetId) {
        Document dataset = mongo.getCollection(ResultsProjection.DATASETS).find(Filters.eq("_id", datasetId)).first();
        if (dataset == null) {
            return;
        }
        Map<Group, Stats> groups = emptyGroups();
        for (Document pupil : mongo.getCollection(ResultsProjection.PUPILS).find(Filters.eq("dataset", datasetId))) {
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
        String laCode = dataset.getString("laCode");
        boolean complete = dataset.getList("partsSeen", Object.class, List.of()).size() >= dataset.getInteger("parts", 1);
        Document cell = cell("school", dataset.getString("urn"), laCode, dataset, groups).append("incomplete", complete ? 0 : 1);
        cells().replaceOne(Filters.eq("_id", "school:" + datasetId), cell, new ReplaceOptions().upsert(true));
        refreshLa(laCode, dataset);
    }

    private void refreshLa(String laCode, Document dataset) {
        Map<Group, Stats> groups = emptyGroups();
        int incomplete = 0;
        for (Document school : cells().find(Filters.and(Filters.eq("level", "school"), Filters.eq("laCode", laCode),
                Filters.eq("year", dataset.getString("year")), Filters.eq("kind", dataset.getString("kind")),
                Filters.eq("assessment", dataset.getString("assessment")), Filters.eq("term", dataset.getString("term"))))) {
            add(groups, school);
            incomplete += school.getInteger("incomplete", 0);
        }
        String id = "la:" + laCode + ":" + dataset.getString("kind") + ":" + dataset.getString("assessment") + ":"
                + dataset.getString("year") + ":" + dataset.getString("term");
        cells().replaceOne(Filters.eq("_id", id), cell("la", laCode, laCode, dataset, groups).append("incomplete", incomplete),
                new ReplaceOptions().upsert(true));
    }

    private static Document cell(String level, String code, String laCode, Document dataset, Map<Group, Stats> groups) {
        Document byGroup = new Document();
        groups.forEach((group, stats) -> byGroup.append(group.name(), stats.toDocument()));
        return new Document("level", level).append("code", code).append("laCode", laCode)
                .append("regionCode", ReferenceData.localAuthority(laCode).map(LocalAuthority::regionCode).orElse(""))
                .append("year", dataset.getString("year")).append("kind", dataset.getString("kind"))
                .append("assessment", dataset.getString("assessment")).append("term", dataset.getString("term"))
                .append("groups", byGroup);
    }

    void clear() {
        cells().deleteMany(new Document());
    }

    /** The area's statistics per assessment in {@code year}. */
    Map<AssessmentKey, Map<Group, Stats>> figures(Area area, String year) {
        Map<AssessmentKey, Map<Group, Stats>> figures = new TreeMap<>();
        for (Document cell : cells().find(Filters.and(areaFilter(area), Filters.eq("year", year)))) {
            add(figures.computeIfAbsent(key(cell), k -> emptyGroups()), cell);
        }
        return figures;
    }

    /** The summed statistics of some schools (level {@code school}) or LAs (level {@code la}) in one assessment and year. */
    Map<Group, Stats> sum(String level, java.util.Collection<String> codes, AssessmentKey key, String year) {
        Map<Group, Stats> groups = emptyGroups();
        for (Document cell : cells().find(Filters.and(Filters.eq("level", level), Filters.in("code", codes), Filters.eq("year", year),
                Filters.eq("kind", key.kind().name()), Filters.eq("assessment", key.assessment()), Filters.eq("term", key.term())))) {
            add(groups, cell);
        }
        return groups;
    }

    /** Years with figures for any of these schools, oldest first. */
    List<String> yearsOfSchools(java.util.Collection<String> urns) {
        List<String> years = new ArrayList<>();
        for (Document year : cells().aggregate(List.of(Aggregates.match(Filters.and(Filters.eq("level", "school"), Filters.in("code", urns))),
                Aggregates.group("$year", Accumulators.sum("cells", 1))))) {
            years.add(year.getString("_id"));
        }
        years.sort(java.util.Comparator.naturalOrder());
        return years;
    }

    /** Whether any cell of the area's figures in {@code year} lacks parts of a dataset. */
    boolean provisional(Area area, String year) {
        return cells().find(Filters.and(areaFilter(area), Filters.eq("year", year), Filters.gt("incomplete", 0))).first() != null;
    }

    /** Statistics of each child area (regions, LAs or schools) per assessment. */
    Map<String, Map<AssessmentKey, Map<Group, Stats>>> children(Area area, String year) {
        Bson filter;
        String childField;
        switch (area.level()) {
            case PLATFORM -> {
                filter = Filters.eq("level", "la");
                childField = "regionCode";
            }
            case REGION -> {
                filter = Filters.and(Filters.eq("level", "la"), Filters.eq("regionCode", area.code()));
                childField = "code";
            }
            case LA -> {
                filter = Filters.and(Filters.eq("level", "school"), Filters.eq("laCode", area.code()));
                childField = "code";
            }
            default -> {
                return Map.of();
            }
        }
        Map<String, Map<AssessmentKey, Map<Group, Stats>>> children = new TreeMap<>();
        for (Document cell : cells().find(Filters.and(filter, Filters.eq("year", year)))) {
            add(children.computeIfAbsent(cell.getString(childField), c -> new TreeMap<>())
                    .computeIfAbsent(key(cell), k -> emptyGroups()), cell);
        }
        return children;
    }

    /** Years with figures for the area, newest first. */
    List<String> years(Area area) {
        List<String> years = new ArrayList<>();
        for (Document year : cells().aggregate(List.of(Aggregates.match(areaFilter(area)),
                Aggregates.group("$year", Accumulators.sum("cells", 1))))) {
            years.add(year.getString("_id"));
        }
        years.sort(java.util.Comparator.reverseOrder());
        return years;
    }

    private static Bson areaFilter(Area area) {
        return switch (area.level()) {
            case PLATFORM -> Filters.eq("level", "la");
            case REGION -> Filters.and(Filters.eq("level", "la"), Filters.eq("regionCode", area.code()));
            case LA -> Filters.and(Filters.eq("level", "la"), Filters.eq("code", area.code()));
            case SCHOOL -> Filters.and(Filters.eq("level", "school"), Filters.eq("code", area.code()));
        };
    }

    private static AssessmentKey key(Document cell) {
        return new AssessmentKey(AssessmentKind.valueOf(cell.getString("kind")), cell.getString("assessment"), cell.getString("term"));
    }

    private static void add(Map<Group, Stats> groups, Document cell) {
        Document byGroup = cell.get("groups", Document.class);
        for (Group group : Group.values()) {
            groups.get(group).add(Stats.fromDocument(byGroup.get(group.name(), Document.class)));
        }
    }

    private static Map<Group, Stats> emptyGroups() {
        Map<Group, Stats> groups = new EnumMap<>(Group.class);
        for (Group group : Group.values()) {
            groups.put(group, new Stats());
        }
        return groups;
    }

    private MongoCollection<Document> cells() {
        return mongo.getCollection(CELLS);
    }
}
