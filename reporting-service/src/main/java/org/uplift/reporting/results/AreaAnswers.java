package org.uplift.reporting.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.reporting.access.Area;
import org.uplift.reporting.access.Areas;
import org.uplift.reporting.access.Level;
import org.uplift.reporting.figures.Cell;
import org.uplift.reporting.figures.Figures;
import org.uplift.reporting.figures.Group;
import org.uplift.reporting.figures.Stats;
import org.uplift.reporting.figures.Table;
import org.uplift.reporting.view.Links;

/**
 * What an area's attainment or gaps report shows to anyone allowed to see the area: its figures for the year, their
 * trend over recent years, and a table of its child areas (all of them: callers' scopes filter it later).
 */
@Component
class AreaAnswers {

    private static final int TREND_YEARS = 5;

    private final AttainmentCells cells;
    private final Areas areas;

    AreaAnswers(AttainmentCells cells, Areas areas) {
        this.cells = cells;
        this.areas = areas;
    }

    /** The answer, with the child areas its {@code by-…} table lists (by row id) so a caller's view can be filtered. */
    record Answer(@Nullable String year, AttainmentCells.AreaCells data, List<Table> tables, Map<String, Area> children) {
    }

    Answer attainment(Area area, @Nullable String year) {
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

    Answer gaps(Area area, @Nullable String year) {
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

    private static @Nullable String chosen(@Nullable String year, List<String> years) {
        if (year != null && !year.isBlank()) {
            return year.strip();
        }
        return years.isEmpty() ? null : years.getFirst();
    }
}
