package org.uplift.reporting.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.reporting.access.Area;
import org.uplift.reporting.figures.Group;
import org.uplift.reporting.figures.Stats;

/**
 * Pre-aggregated cells per (level, code, assessment, year): the additive statistics of every breakdown group for a
 * school, an LA, a region and the platform. A school's cell is replaced whole when its dataset changes; the cells
 * above it are sums of their children's ({@link CellRollups}), so replays give the same cells. A report costs a few
 * key lookups whatever the number of pupils, schools or years stored ({@link CellStore}).
 */
@Component
class AttainmentCells {

    private final CellStore store;
    private final CellRollups rollups;

    AttainmentCells(CellStore store, CellRollups rollups) {
        this.store = store;
        this.rollups = rollups;
    }

    /** Replaces one school's cell for a dataset and marks its LA's sum pending. */
    void writeSchool(String urn, String laCode, String key, Map<Group, Stats> groups, boolean complete) {
        store.markParent("la", laCode, key, urn, store.write("school", urn, key, groups, complete ? 0 : 1));
    }

    void clear() {
        rollups.whilePaused(store::clear);
    }

    /** An area's figures for its most recent years (and one more asked for), read with one index lookup. */
    record AreaCells(List<String> years, Map<String, Map<AssessmentKey, Map<Group, Stats>>> byYear, Set<String> provisionalYears) {

        Map<AssessmentKey, Map<Group, Stats>> year(String year) {
            return byYear.getOrDefault(year, Map.of());
        }
    }

    AreaCells read(Area area, int recentYears, @Nullable String alsoYear) {
        List<String> keys = store.keys(level(area), area.code());
        TreeSet<String> all = new TreeSet<>(Comparator.reverseOrder());
        keys.forEach(key -> all.add(yearOf(key)));
        List<String> years = new ArrayList<>(all);
        Set<String> wanted = new HashSet<>(years.subList(0, Math.min(recentYears, years.size())));
        if (alsoYear != null) {
            wanted.add(alsoYear);
        }
        Map<String, Map<AssessmentKey, Map<Group, Stats>>> byYear = new TreeMap<>();
        Set<String> provisional = new HashSet<>();
        for (String key : keys) {
            String year = yearOf(key);
            if (wanted.contains(year)) {
                store.cell(level(area), area.code(), key).ifPresent(cell -> {
                    if (cell.incomplete() > 0) {
                        provisional.add(year);
                    }
                    byYear.computeIfAbsent(year, y -> new TreeMap<>()).put(assessmentKey(key), cell.groups());
                });
            }
        }
        return new AreaCells(years, byYear, provisional);
    }

    /** The area's statistics per assessment in {@code year}. */
    Map<AssessmentKey, Map<Group, Stats>> figures(Area area, String year) {
        Map<AssessmentKey, Map<Group, Stats>> figures = new TreeMap<>();
        for (String key : store.keys(level(area), area.code())) {
            if (yearOf(key).equals(year)) {
                store.cell(level(area), area.code(), key).ifPresent(cell -> figures.put(assessmentKey(key), cell.groups()));
            }
        }
        return figures;
    }

    /**
     * Statistics of each child area (regions, LAs or schools) per assessment in {@code year}, found through the area's
     * roll-up documents (children and their revisions), so children seen before come from memory.
     */
    Map<String, Map<AssessmentKey, Map<Group, Stats>>> children(Area area, String year) {
        Map<String, Map<AssessmentKey, Map<Group, Stats>>> children = new TreeMap<>();
        String childLevel = switch (area.level()) {
            case PLATFORM -> "region";
            case REGION -> "la";
            case LA -> "school";
            case SCHOOL -> "";
        };
        if (childLevel.isEmpty()) {
            return children;
        }
        for (String key : store.keys(level(area), area.code())) {
            if (yearOf(key).equals(year)) {
                store.children(level(area), area.code(), key).forEach((child, revision) -> {
                    CellStore.CellStats stats = store.stats(childLevel, child, key, revision);
                    if (stats != null) {
                        Map<Group, Stats> copy = CellStore.emptyGroups();
                        CellStore.addTo(copy, stats);
                        children.computeIfAbsent(child, c -> new TreeMap<>()).put(assessmentKey(key), copy);
                    }
                });
            }
        }
        return children;
    }

    /** The summed statistics of some schools or LAs (level {@code school} or {@code la}) in one assessment and year. */
    Map<Group, Stats> sum(String level, Collection<String> codes, AssessmentKey assessment, String year) {
        String key = assessment.kind().name() + "|" + assessment.assessment() + "|" + year + "|" + assessment.term();
        Map<Group, Stats> groups = CellStore.emptyGroups();
        for (String code : codes) {
            store.cell(level, code, key).ifPresent(cell -> CellStore.addTo(groups, cell));
        }
        return groups;
    }

    /** Years with figures for any of these schools, oldest first. */
    List<String> yearsOfSchools(Collection<String> urns) {
        TreeSet<String> years = new TreeSet<>();
        urns.forEach(urn -> store.keys("school", urn).forEach(key -> years.add(yearOf(key))));
        return new ArrayList<>(years);
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
}
