package org.uplift.reporting.figures;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.uplift.contracts.assessment.AssessmentKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A KS2 school of 12 pupils, worked by hand. Disadvantaged (F): 90 95 100 100 105 110; others (M): 99 100 101 104 110
 * 112. SEN: the 90 and the 99 (2 pupils). White British disadvantaged: 90, 95, 100 (3 pupils). No EAL pupils.
 */
class FiguresTest {

    private final Map<Group, Stats> school = groups(
            pupil(90, true, true, "WBRI", "F"), pupil(95, true, false, "WBRI", "F"), pupil(100, true, false, "WBRI", "F"),
            pupil(100, true, false, "ABAN", "F"), pupil(105, true, false, "ABAN", "F"), pupil(110, true, false, "ABAN", "F"),
            pupil(99, false, true, "WBRI", "M"), pupil(100, false, false, "WBRI", "M"), pupil(101, false, false, "WBRI", "M"),
            pupil(104, false, false, "WBRI", "M"), pupil(110, false, false, "WBRI", "M"), pupil(112, false, false, "WBRI", "M"));

    @Test
    void ks2FiguresPerGroup() {
        List<Table.Row> rows = Figures.attainmentRows(AssessmentKind.KS2, school);
        // all: 9 of 12 at ≥ 100 = 75.0; 3 of 12 at ≥ 110 = 25.0; 1226 / 12 = 102.17
        assertThat(displays(rows, "all")).containsExactly("12", "75.0", "25.0", "102.2");
        // 4 of 6 = 66.67; 1 of 6 = 16.67; 600 / 6 = 100.0 — a cohort of exactly 6 is shown
        assertThat(displays(rows, "disadvantaged")).containsExactly("6", "66.7", "16.7", "100.0");
        // 5 of 6 = 83.33; 2 of 6 = 33.33; 626 / 6 = 104.33
        assertThat(displays(rows, "not-disadvantaged")).containsExactly("6", "83.3", "33.3", "104.3");
        assertThat(displays(rows, "female")).containsExactly("6", "66.7", "16.7", "100.0");
    }

    @Test
    void smallGroupsAndTheirComplementsShowC() {
        List<Table.Row> rows = Figures.attainmentRows(AssessmentKind.KS2, school);
        assertThat(displays(rows, "sen")).containsOnly("c");
        assertThat(displays(rows, "no-sen")).as("10 pupils, but 12 − 10 would reveal the SEN pair").containsOnly("c");
        assertThat(displays(rows, "wbd")).containsOnly("c");
        assertThat(displays(rows, "not-wbd")).containsOnly("c");
        assertThat(displays(rows, "eal")).containsExactly("0", "x", "x", "x");
        assertThat(displays(rows, "not-eal")).containsExactly("12", "75.0", "25.0", "102.2");
    }

    @Test
    void disadvantagedGapByMeansThresholdAndIndex() {
        Table.Row gap = Figures.gapRows(AssessmentKind.KS2, school).get(0);
        // means 104.333 − 100 = 4.33; % expected 83.33 − 66.67 = 16.7;
        // gap index: ranks 90:1 95:2 99:3 100:5 (three tied at 4–6) 101:7 104:8 105:9 110:10.5 (two tied) 112:12,
        // percentiles (rank − 1)/11; disadvantaged mean 26.5/66, others 39.5/66; 20 × 13/66 = 3.94
        assertThat(gap.cells().stream().map(Cell::display)).containsExactly("6", "6", "4.33", "16.7", "3.94");
        assertThat(Figures.gapRows(AssessmentKind.KS2, school).get(1).cells().stream().map(Cell::display))
                .as("the SEN pair is hidden").containsOnly("c");
    }

    @Test
    void fiveDisadvantagedPupilsHideTheGroupTheOtherGroupAndTheGap() {
        Map<Group, Stats> groups = groups(pupil(90, true, false, null, "F"), pupil(95, true, false, null, "F"),
                pupil(100, true, false, null, "F"), pupil(100, true, false, null, "F"), pupil(105, true, false, null, "F"),
                pupil(99, false, false, null, "M"), pupil(100, false, false, null, "M"), pupil(101, false, false, null, "M"),
                pupil(104, false, false, null, "M"), pupil(110, false, false, null, "M"), pupil(112, false, false, null, "M"),
                pupil(113, false, false, null, "M"));
        List<Table.Row> rows = Figures.attainmentRows(AssessmentKind.KS2, groups);
        assertThat(displays(rows, "disadvantaged")).containsOnly("c");
        assertThat(displays(rows, "not-disadvantaged")).as("7 pupils, hidden as the complement").containsOnly("c");
        assertThat(displays(rows, "all").getFirst()).isEqualTo("12");
        assertThat(Figures.gapRows(AssessmentKind.KS2, groups).get(0).cells()).containsOnly(Cell.SUPPRESSED);
    }

    @Test
    void ks4ProgressWithItsConfidenceInterval() {
        Stats stats = new Stats();
        int[] grades = {4, 5, 6, 3, 2, 7};
        double[] progress = {1, -1, 1, -1, 1, -1};
        for (int i = 0; i < grades.length; i++) {
            stats.addPupil((double) grades[i], grades[i] >= 4, grades[i] >= 5, progress[i]);
        }
        // grade 4+: 4 of 6 = 66.7; 5+: 3 of 6 = 50.0; mean grade 27 / 6 = 4.50; progress mean 0;
        // sample variance 6 / 5 = 1.2, σ = 1.0954, 1.96 × σ / √6 = 0.8765
        assertThat(Figures.attainmentCells(AssessmentKind.KS4, stats).stream().map(Cell::display))
                .containsExactly("6", "66.7", "50.0", "4.50", "0.00", "-0.88", "0.88");
    }

    private static List<String> displays(List<Table.Row> rows, String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().cells().stream().map(Cell::display).toList();
    }

    private record Pupil(double score, boolean disadvantaged, boolean sen, @Nullable String ethnicity, String sex) {
    }

    private static Pupil pupil(double score, boolean disadvantaged, boolean sen, @Nullable String ethnicity, String sex) {
        return new Pupil(score, disadvantaged, sen, ethnicity, sex);
    }

    private static Map<Group, Stats> groups(Pupil... pupils) {
        Map<Group, Stats> groups = new EnumMap<>(Group.class);
        for (Group group : Group.values()) {
            groups.put(group, new Stats());
            for (Pupil p : pupils) {
                if (group.contains(p.disadvantaged(), p.sen(), false, p.ethnicity(), p.sex())) {
                    groups.get(group).addPupil(p.score(), p.score() >= 100, p.score() >= 110, null);
                }
            }
        }
        return groups;
    }
}
