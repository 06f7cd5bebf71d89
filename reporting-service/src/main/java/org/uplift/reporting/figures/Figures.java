package org.uplift.reporting.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.uplift.contracts.assessment.AssessmentKind;

/** Builds the attainment and gap tables of one assessment from its groups' statistics, suppressed. */
public final class Figures {

    private Figures() {
    }

    public static List<Table.Column> attainmentColumns(AssessmentKind kind) {
        return switch (kind) {
            case KS2 -> List.of(new Table.Column("pupils", "Pupils"), new Table.Column("expected", "% expected standard"),
                    new Table.Column("higher", "% higher standard"), new Table.Column("score", "Average scaled score"));
            case KS4 -> List.of(new Table.Column("pupils", "Pupils"), new Table.Column("grade4", "% grade 4+"),
                    new Table.Column("grade5", "% grade 5+"), new Table.Column("grade", "Average grade"),
                    new Table.Column("progress", "Maths progress"), new Table.Column("ci-low", "95% CI lower"),
                    new Table.Column("ci-high", "95% CI upper"));
            case DIAGNOSTIC -> List.of(new Table.Column("pupils", "Pupils"), new Table.Column("average", "Average %"));
        };
    }

    /** One row per group; hidden groups (small, or complement of a small one) show {@code c} in every cell. */
    public static List<Table.Row> attainmentRows(AssessmentKind kind, Map<Group, Stats> groups) {
        Set<Group> hidden = Suppression.hidden(groups);
        List<Table.Row> rows = new ArrayList<>();
        for (Group group : Group.values()) {
            Stats stats = groups.getOrDefault(group, new Stats());
            List<Table.Column> columns = attainmentColumns(kind);
            List<Cell> cells = hidden.contains(group)
                    ? columns.stream().map(c -> Cell.SUPPRESSED).toList()
                    : attainmentCells(kind, stats);
            rows.add(new Table.Row(group.id(), group.label(), null, cells));
        }
        return rows;
    }

    /** The figures of one cohort (a group, or a whole school or LA in a drill-down), suppressed on its own size. */
    public static List<Cell> attainmentCells(AssessmentKind kind, Stats s) {
        return switch (kind) {
            case KS2 -> List.of(Suppression.count(s.pupils), Suppression.percent(s.metFirst, s.pupils),
                    Suppression.percent(s.metSecond, s.pupils), Suppression.mean(s.sum, s.scored, 1));
            case KS4 -> {
                Cell progress = Suppression.mean(s.progressSum, s.withProgress, 2);
                Double halfWidth = confidenceHalfWidth(s);
                boolean shown = progress.value() != null && halfWidth != null;
                double mean = s.withProgress == 0 ? 0 : s.progressSum / s.withProgress;
                yield List.of(Suppression.count(s.pupils), Suppression.percent(s.metFirst, s.pupils),
                        Suppression.percent(s.metSecond, s.pupils), Suppression.mean(s.sum, s.scored, 2), progress,
                        shown ? Suppression.value(mean - halfWidth, 2) : progress.value() == null ? progress : Cell.NOT_AVAILABLE,
                        shown ? Suppression.value(mean + halfWidth, 2) : progress.value() == null ? progress : Cell.NOT_AVAILABLE);
            }
            case DIAGNOSTIC -> List.of(Suppression.count(s.pupils), Suppression.mean(s.sum, s.scored, 1));
        };
    }

    /** 1.96 · σ / √n with σ the sample standard deviation of the pupils' progress scores. */
    static @Nullable Double confidenceHalfWidth(Stats s) {
        long n = s.withProgress;
        if (n < 2) {
            return null;
        }
        double variance = Math.max(0, (s.progressSumOfSquares - s.progressSum * s.progressSum / n) / (n - 1));
        return 1.96 * Math.sqrt(variance) / Math.sqrt(n);
    }

    public static List<Table.Column> gapColumns() {
        return List.of(new Table.Column("group-pupils", "Pupils in group"), new Table.Column("other-pupils", "Other pupils"),
                new Table.Column("mean-gap", "Difference in mean"), new Table.Column("threshold-gap", "Difference in % at threshold (points)"),
                new Table.Column("gap-index", "Gap index"));
    }

    /**
     * Disadvantaged vs other and SEN vs no SEN: other minus group, so a positive gap means the group is behind. The
     * mean is of the scaled score, grade or diagnostic %; the threshold is the expected standard or grade 4 (none for
     * diagnostics). A gap involving a hidden group is hidden.
     */
    public static List<Table.Row> gapRows(AssessmentKind kind, Map<Group, Stats> groups) {
        Set<Group> hidden = Suppression.hidden(groups);
        return List.of(gapRow("disadvantaged", "Disadvantaged vs not disadvantaged", kind, groups, hidden,
                        Group.DISADVANTAGED, Group.NOT_DISADVANTAGED, true),
                gapRow("sen", "SEN vs no SEN", kind, groups, hidden, Group.SEN, Group.NO_SEN, false));
    }

    private static Table.Row gapRow(String id, String label, AssessmentKind kind, Map<Group, Stats> groups,
            Set<Group> hidden, Group group, Group other, boolean withIndex) {
        Stats g = groups.getOrDefault(group, new Stats());
        Stats o = groups.getOrDefault(other, new Stats());
        if (hidden.contains(group) || hidden.contains(other)) {
            return new Table.Row(id, label, null, List.of(Cell.SUPPRESSED, Cell.SUPPRESSED, Cell.SUPPRESSED,
                    Cell.SUPPRESSED, Cell.SUPPRESSED));
        }
        List<Cell> cells = new ArrayList<>();
        cells.add(Suppression.count(g.pupils));
        cells.add(Suppression.count(o.pupils));
        boolean both = g.pupils > 0 && o.pupils > 0;
        cells.add(both && g.scored > 0 && o.scored > 0
                ? Suppression.value(o.sum / o.scored - g.sum / g.scored, 2) : Cell.NOT_AVAILABLE);
        cells.add(kind == AssessmentKind.DIAGNOSTIC ? Cell.NOT_APPLICABLE
                : Suppression.percentDifference(o.metFirst, o.pupils, g.metFirst, g.pupils));
        cells.add(withIndex ? Suppression.value(GapIndex.of(g.histogram, o.histogram), 2) : Cell.NOT_APPLICABLE);
        return new Table.Row(id, label, null, cells);
    }
}
