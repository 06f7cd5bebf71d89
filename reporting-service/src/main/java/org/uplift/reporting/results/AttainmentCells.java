package org.uplift.reporting.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.contracts.reference.LocalAuthority;
import org.uplift.contracts.reference.ReferenceData;
import org.uplift.contracts.reference.Region;
import org.uplift.reporting.access.Area;
import org.uplift.reporting.figures.Group;
import org.uplift.reporting.figures.Stats;

/**
 * Pre-aggregated cells per (level, code, assessment, year): the additive statistics of every breakdown group for a
 * school, an LA, a region and the platform. When a school's dataset changes its cell is recomputed from the
 * dataset's pupils, then its LA's from the LA's school cells, its region's from the region's LA cells and the
 * platform's from the regions'; each is replaced whole (state, not increments), so replays give the same cells.
 *
 * <p>Everything is read by {@code _id} ({@code level|code|kind|assessment|year|term}) with small index documents
 * listing which cells an area has and which schools an LA cell sums: a report costs a few key lookups whatever the
 * number of pupils, schools or years stored (and the embedded MongoDB used here only indexes {@code _id}).
 */
@Component
class AttainmentCells {

    static final String CELLS = "attainment_cells";
    static final String INDEX = "attainment_index";

    private final MongoTemplate mongo;

    AttainmentCells(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Recomputes the cells above one school's dataset from its current pupils. */
    void refresh(Document dataset, Map<Group, Stats> groups, boolean complete) {
        String key = dataset.getString("kind") + "|" + dataset.getString("assessment") + "|" + dataset.getString("year") + "|"
                + dataset.getString("term");
        String urn = dataset.getString("urn");
        String laCode = dataset.getString("laCode");
        String regionCode = ReferenceData.localAuthority(laCode).map(LocalAuthority::regionCode).orElse("");
        write("school", urn, key, groups, complete ? 0 : 1);
        addToIndex("members|la|" + laCode + "|" + key, urn);

        Map<Group, Stats> la = emptyGroups();
        int incomplete = 0;
        Document members = index().find(Filters.eq("_id", "members|la|" + laCode + "|" + key)).first();
        for (String school : members == null ? List.<String>of() : members.getList("codes", String.class)) {
            incomplete += cell("school", school, key).map(c -> add(la, c)).orElse(0);
        }
        write("la", laCode, key, la, incomplete);

        Map<Group, Stats> region = emptyGroups();
        incomplete = 0;
        for (LocalAuthority each : ReferenceData.localAuthorities()) {
            if (each.regionCode().equals(regionCode)) {
                incomplete += cell("la", each.code(), key).map(c -> add(region, c)).orElse(0);
            }
        }
        write("region", regionCode, key, region, incomplete);

        Map<Group, Stats> platform = emptyGroups();
        incomplete = 0;
        for (Region each : ReferenceData.regions()) {
            incomplete += cell("region", each.code(), key).map(c -> add(platform, c)).orElse(0);
        }
        write("platform", "", key, platform, incomplete);
    }

    void clear() {
        cells().deleteMany(new Document());
        index().deleteMany(new Document());
    }

    /** An area's figures for its most recent years (and one more asked for), read with one index lookup. */
    record AreaCells(List<String> years, Map<String, Map<AssessmentKey, Map<Group, Stats>>> byYear, Set<String> provisionalYears) {

        Map<AssessmentKey, Map<Group, Stats>> year(String year) {
            return byYear.getOrDefault(year, Map.of());
        }
    }

    AreaCells read(Area area, int recentYears, @Nullable String alsoYear) {
        List<String> keys = keys(level(area), area.code());
        TreeSet<String> all = new TreeSet<>(Comparator.reverseOrder());
        keys.forEach(key -> all.add(yearOf(key)));
        List<String> years = new ArrayList<>(all);
        Set<String> wanted = new java.util.HashSet<>(years.subList(0, Math.min(recentYears, years.size())));
        if (alsoYear != null) {
            wanted.add(alsoYear);
        }
        Map<String, Map<AssessmentKey, Map<Group, Stats>>> byYear = new TreeMap<>();
        Set<String> provisional = new java.util.HashSet<>();
        for (String key : keys) {
            String year = yearOf(key);
            if (wanted.contains(year)) {
                cell(level(area), area.code(), key).ifPresent(cell -> {
                    Map<Group, Stats> groups = emptyGroups();
                    if (add(groups, cell) > 0) {
                        provisional.add(year);
                    }
                    byYear.computeIfAbsent(year, y -> new TreeMap<>()).put(assessmentKey(key), groups);
                });
            }
        }
        return new AreaCells(years, byYear, provisional);
    }

    /** The area's statistics per assessment in {@code year}. */
    Map<AssessmentKey, Map<Group, Stats>> figures(Area area, String year) {
        Map<AssessmentKey, Map<Group, Stats>> figures = new TreeMap<>();
        for (String key : keys(level(area), area.code())) {
            if (yearOf(key).equals(year)) {
                cell(level(area), area.code(), key).ifPresent(cell -> {
                    Map<Group, Stats> groups = emptyGroups();
                    add(groups, cell);
                    figures.put(assessmentKey(key), groups);
                });
            }
        }
        return figures;
    }

    /** Statistics of each child area (regions, LAs or schools) per assessment in {@code year}. */
    Map<String, Map<AssessmentKey, Map<Group, Stats>>> children(Area area, String year) {
        List<String> keys = keys(level(area), area.code()).stream().filter(k -> yearOf(k).equals(year)).toList();
        Map<String, Map<AssessmentKey, Map<Group, Stats>>> children = new TreeMap<>();
        String childLevel = switch (area.level()) {
            case PLATFORM -> "region";
            case REGION -> "la";
            case LA -> "school";
            case SCHOOL -> "";
        };
        for (String key : keys) {
            for (String child : childCodes(area, key)) {
                cell(childLevel, child, key).ifPresent(cell -> add(children.computeIfAbsent(child, c -> new TreeMap<>())
                        .computeIfAbsent(assessmentKey(key), k -> emptyGroups()), cell));
            }
        }
        return children;
    }

    /** The summed statistics of some schools or LAs (level {@code school} or {@code la}) in one assessment and year. */
    Map<Group, Stats> sum(String level, Collection<String> codes, AssessmentKey assessment, String year) {
        String key = assessment.kind().name() + "|" + assessment.assessment() + "|" + year + "|" + assessment.term();
        Map<Group, Stats> groups = emptyGroups();
        for (String code : codes) {
            cell(level, code, key).ifPresent(cell -> add(groups, cell));
        }
        return groups;
    }

    /** Years with figures for any of these schools, oldest first. */
    List<String> yearsOfSchools(Collection<String> urns) {
        TreeSet<String> years = new TreeSet<>();
        urns.forEach(urn -> keys("school", urn).forEach(key -> years.add(yearOf(key))));
        return new ArrayList<>(years);
    }

    private List<String> childCodes(Area area, String key) {
        return switch (area.level()) {
            case PLATFORM -> ReferenceData.regions().stream().map(Region::code).toList();
            case REGION -> ReferenceData.localAuthorities().stream().filter(la -> la.regionCode().equals(area.code()))
                    .map(LocalAuthority::code).toList();
            case LA -> {
                Document members = index().find(Filters.eq("_id", "members|la|" + area.code() + "|" + key)).first();
                yield members == null ? List.of() : members.getList("codes", String.class);
            }
            case SCHOOL -> List.of();
        };
    }

    private void write(String level, String code, String key, Map<Group, Stats> groups, int incomplete) {
        Document byGroup = new Document();
        groups.forEach((group, stats) -> byGroup.append(group.name(), stats.toDocument()));
        cells().replaceOne(Filters.eq("_id", level + "|" + code + "|" + key),
                new Document("groups", byGroup).append("incomplete", incomplete), new ReplaceOptions().upsert(true));
        addToIndex(level + "|" + code, key);
    }

    private void addToIndex(String id, String value) {
        index().updateOne(Filters.eq("_id", id), Updates.addToSet("codes", value), new UpdateOptions().upsert(true));
    }

    private List<String> keys(String level, String code) {
        Document index = index().find(Filters.eq("_id", level + "|" + code)).first();
        return index == null ? List.of() : index.getList("codes", String.class);
    }

    private Optional<Document> cell(String level, String code, String key) {
        return Optional.ofNullable(cells().find(Filters.eq("_id", level + "|" + code + "|" + key)).first());
    }

    private static String level(Area area) {
        return area.level().param();
    }

    private static String yearOf(String key) {
        return key.split("\\|")[2];
    }

    private static AssessmentKey assessmentKey(String key) {
        String[] parts = key.split("\\|");
        return new AssessmentKey(AssessmentKind.valueOf(parts[0]), parts[1], parts[3]);
    }

    /** Adds the cell's statistics to {@code groups}; answers how many incomplete school datasets it includes. */
    private static int add(Map<Group, Stats> groups, Document cell) {
        Document byGroup = cell.get("groups", Document.class);
        for (Group group : Group.values()) {
            groups.get(group).add(Stats.fromDocument(byGroup.get(group.name(), Document.class)));
        }
        return cell.getInteger("incomplete", 0);
    }

    static Map<Group, Stats> emptyGroups() {
        Map<Group, Stats> groups = new EnumMap<>(Group.class);
        for (Group group : Group.values()) {
            groups.put(group, new Stats());
        }
        return groups;
    }

    private MongoCollection<Document> cells() {
        return mongo.getCollection(CELLS);
    }

    private MongoCollection<Document> index() {
        return mongo.getCollection(INDEX);
    }
}
