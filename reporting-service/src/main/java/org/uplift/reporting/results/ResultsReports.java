package org.uplift.reporting.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.platform.security.TenantScope;
import org.uplift.reporting.access.Area;
import org.uplift.reporting.access.Areas;
import org.uplift.reporting.access.Level;
import org.uplift.reporting.figures.Cell;
import org.uplift.reporting.figures.Figures;
import org.uplift.reporting.figures.Group;
import org.uplift.reporting.figures.Stats;
import org.uplift.reporting.figures.Table;
import org.uplift.reporting.freshness.Freshness;
import org.uplift.reporting.view.Links;
import org.uplift.reporting.view.Report;

/**
 * The attainment and gaps reports of an area and year: its figures, their trend over years, and its child areas.
 *
 * <p>What an area's report shows is the same for every caller allowed to see it, except which child rows and trail
 * areas they may see; so it is computed once and cached under the read model's version ({@link Freshness}), which
 * changes with every write to the read model on any replica, and each caller's view is filtered from it.
 */
@Service
class ResultsReports {

    private static final int TREND_YEARS = 5;

    private final AttainmentCells cells;
    private final Areas areas;
    private final Freshness freshness;
    private final Cache<AnswerKey, Answer> answers = Caffeine.newBuilder().maximumSize(5_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    ResultsReports(AttainmentCells cells, Areas areas, Freshness freshness) {
        this.cells = cells;
        this.areas = areas;
        this.freshness = freshness;
    }

    private record AnswerKey(String version, String report, Area area, @Nullable String year) {
    }

    /** A report as anyone allowed to see its area sees it, with the child areas its child table lists. */
    private record Answer(@Nullable String year, AttainmentCells.AreaCells data, List<Table> tables, Map<String, Area> children) {
    }

    Report attainment(TenantScope scope, @Nullable String level, @Nullable String code, @Nullable String year) {
        return report("attainment", "Attainment and progress", scope, areas.resolve(scope, level, code), blankToNull(year));
    }

    Report gaps(TenantScope scope, @Nullable String level, @Nullable String code, @Nullable String year) {
        return report("gaps", "Disadvantage and SEN gaps", scope, areas.resolve(scope, level, code), blankToNull(year));
    }

    private Report report(String name, String title, TenantScope scope, Area area, @Nullable String year) {
        Freshness.Stamp stamp = freshness.stamp();
        Answer answer = answers.get(new AnswerKey(stamp.version(), name, area, year),
                key -> name.equals("gaps") ? gapsOf(area, year) : attainmentOf(area, year));
        List<Table> tables = new ArrayList<>();
        for (Table table : answer.tables()) {
            if (!table.id().startsWith("by-")) {
                tables.add(table);
                continue;
            }
            List<Table.Row> visible = table.rows().stream().filter(row -> areas.maySee(scope, answer.children().get(row.id()))).toList();
            if (!visible.isEmpty()) {
                tables.add(new Table(table.id(), table.caption(), table.rowHeading(), table.columns(), visible));
            }
        }
        List<String> notes = new ArrayList<>();
        if (answer.year() != null && answer.data().provisionalYears().contains(answer.year())) {
            notes.add("Provisional: some schools' results have not fully arrived yet.");
        }
        return new Report(name, title, area, areas.trail(scope, area), answer.year(), answer.data().years(), stamp.lastEventAt(),
                notes, tables, null);
    }

    private Answer attainmentOf(Area area, @Nullable String year) {
        AttainmentCells.AreaCells data = cells.read(area, TREND_YEARS, year);
        String shown = chosen(year, data.years());
        List<Table> tables = new ArrayList<>();
        Map<String, Area> children = new HashMap<>();
        if (shown != null) {
            data.year(shown).forEach((key, groups) -> tables.add(new Table(key.id(),
                    key.label() + ", " + shown + ": " + area.name(), "Pupils", Figures.attainmentColumns(key.kind()),
                    Figures.attainmentRows(key.kind(), groups))));
            childTable(area, shown, "attainment", children).ifPresent(tables::add);
            for (AssessmentKey key : List.of(AssessmentKey.KS2, AssessmentKey.KS4)) {
                List<Table.Row> rows = trend(data, key, groups -> Figures.attainmentCells(key.kind(), groups.get(Group.ALL)));
                if (!rows.isEmpty()) {
                    tables.add(new Table("trend-" + key.id(), key.label() + " over the years, all pupils: " + area.name(),
                            "Academic year", Figures.attainmentColumns(key.kind()), rows));
                }
            }
        }
        return new Answer(shown, data, tables, children);
    }

    private Answer gapsOf(Area area, @Nullable String year) {
        AttainmentCells.AreaCells data = cells.read(area, TREND_YEARS, year);
        String shown = chosen(year, data.years());
        List<Table> tables = new ArrayList<>();
        Map<String, Area> children = new HashMap<>();
        if (shown != null) {
            data.year(shown).forEach((key, groups) -> tables.add(new Table("gaps-" + key.id(),
                    "Gaps in " + key.label() + ", " + shown + ": " + area.name(), "Comparison", Figures.gapColumns(),
                    Figures.gapRows(key.kind(), groups))));
            childTable(area, shown, "gaps", children).ifPresent(tables::add);
            for (AssessmentKey key : List.of(AssessmentKey.KS2, AssessmentKey.KS4)) {
                List<Table.Row> rows = trend(data, key, groups -> Figures.gapRows(key.kind(), groups).getFirst().cells());
                if (!rows.isEmpty()) {
                    tables.add(new Table("gap-trend-" + key.id(), "Disadvantaged gap in " + key.label() + " over the years: " + area.name(),
                            "Academic year", Figures.gapColumns(), rows));
                }
            }
        }
        return new Answer(shown, data, tables, children);
    }

    private static List<Table.Row> trend(AttainmentCells.AreaCells data, AssessmentKey key,
            java.util.function.Function<Map<Group, Stats>, List<Cell>> cellsOf) {
        List<Table.Row> rows = new ArrayList<>();
        List<String> recent = data.years().subList(0, Math.min(TREND_YEARS, data.years().size())).reversed();
        for (String year : recent) {
            Map<Group, Stats> groups = data.year(year).get(key);
            if (groups != null) {
                rows.add(new Table.Row(year.replace('/', '-'), year, null, cellsOf.apply(groups)));
            }
        }
        return rows;
    }

    /** Headline figures per region, LA or school below the area, each linking to its own page. */
    private java.util.Optional<Table> childTable(Area area, String year, String report, Map<String, Area> childAreas) {
        Level child = area.level().child();
        if (child == null) {
            return java.util.Optional.empty();
        }
        boolean gaps = report.equals("gaps");
        List<Table.Column> columns = gaps
                ? List.of(new Table.Column("ks2-gap-index", "KS2 disadvantaged gap index"),
                        new Table.Column("ks4-gap-index", "KS4 disadvantaged gap index"))
                : List.of(new Table.Column("ks2-pupils", "KS2 pupils"), new Table.Column("ks2-expected", "KS2 % expected standard"),
                        new Table.Column("ks4-pupils", "KS4 pupils"), new Table.Column("ks4-grade4", "KS4 % grade 4+"),
                        new Table.Column("ks4-progress", "KS4 maths progress"));
        List<Table.Row> rows = new ArrayList<>();
        cells.children(area, year).forEach((code, figures) -> {
            Area childArea = areas.child(area, code);
            childAreas.put(code, childArea);
            Map<Group, Stats> ks2 = figures.get(AssessmentKey.KS2);
            Map<Group, Stats> ks4 = figures.get(AssessmentKey.KS4);
            List<Cell> values = new ArrayList<>();
            if (gaps) {
                values.add(ks2 == null ? Cell.NOT_AVAILABLE : Figures.gapRows(AssessmentKind.KS2, ks2).getFirst().cells().get(4));
                values.add(ks4 == null ? Cell.NOT_AVAILABLE : Figures.gapRows(AssessmentKind.KS4, ks4).getFirst().cells().get(4));
            } else {
                List<Cell> k2 = ks2 == null ? null : Figures.attainmentCells(AssessmentKind.KS2, ks2.get(Group.ALL));
                List<Cell> k4 = ks4 == null ? null : Figures.attainmentCells(AssessmentKind.KS4, ks4.get(Group.ALL));
                values.add(k2 == null ? Cell.NOT_AVAILABLE : k2.get(0));
                values.add(k2 == null ? Cell.NOT_AVAILABLE : k2.get(1));
                values.add(k4 == null ? Cell.NOT_AVAILABLE : k4.get(0));
                values.add(k4 == null ? Cell.NOT_AVAILABLE : k4.get(1));
                values.add(k4 == null ? Cell.NOT_AVAILABLE : k4.get(4));
            }
            rows.add(new Table.Row(code, childArea.name(), Links.page(report, childArea, year), values));
        });
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        String heading = switch (child) {
            case REGION -> "Region";
            case LA -> "Local authority";
            default -> "School";
        };
        return java.util.Optional.of(new Table("by-" + child.param(), "By " + heading.toLowerCase(java.util.Locale.ROOT) + ", " + year
                + ": " + area.name(), heading, columns, rows));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String chosen(@Nullable String year, List<String> years) {
        if (year != null && !year.isBlank()) {
            return year.strip();
        }
        return years.isEmpty() ? null : years.getFirst();
    }
}
