package org.uplift.reporting.figures;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {

    @Test
    void cohortsOfOneToFivePupilsShowCAndSixShowTheFigure() {
        assertThat(Suppression.percent(3, 5)).isEqualTo(Cell.SUPPRESSED);
        assertThat(Suppression.percent(1, 1).display()).isEqualTo("c");
        assertThat(Suppression.percent(3, 6)).isEqualTo(new Cell(new BigDecimal("50.0"), "50.0"));
        assertThat(Suppression.count(5).display()).isEqualTo("c");
        assertThat(Suppression.count(6).display()).isEqualTo("6");
        assertThat(Suppression.mean(500, 5, 1).display()).isEqualTo("c");
        assertThat(Suppression.mean(600, 6, 1).display()).isEqualTo("100.0");
    }

    @Test
    void anEmptyCohortIsNotAvailableRatherThanSuppressed() {
        assertThat(Suppression.percent(0, 0).display()).isEqualTo("x");
        assertThat(Suppression.count(0).display()).isEqualTo("0");
    }

    @Test
    void percentagesRoundOnceToOneDecimalPlaceHalfUp() {
        assertThat(Suppression.percent(1, 16).display()).as("6.25").isEqualTo("6.3");
        assertThat(Suppression.percent(1, 32).display()).as("3.125").isEqualTo("3.1");
        assertThat(Suppression.percent(2, 3 * 3).display()).as("22.22…").isEqualTo("22.2");
        assertThat(Suppression.percent(7, 8).display()).as("87.5 exactly").isEqualTo("87.5");
        assertThat(Suppression.percent(9, 16).display()).as("56.25").isEqualTo("56.3");
        assertThat(Suppression.percentDifference(5, 6, 4, 6).display()).as("83.33 − 66.67 = 16.67").isEqualTo("16.7");
    }

    @Test
    void hidingOneOfTwoComplementaryGroupsHidesTheOtherSoNeitherCanBeRecoveredFromTheTotal() {
        Map<Group, Stats> groups = new EnumMap<>(Group.class);
        groups.put(Group.ALL, pupils(30));
        groups.put(Group.DISADVANTAGED, pupils(4));
        groups.put(Group.NOT_DISADVANTAGED, pupils(26));
        groups.put(Group.SEN, pupils(6));
        groups.put(Group.NO_SEN, pupils(24));
        groups.put(Group.EAL, pupils(0));
        groups.put(Group.NOT_EAL, pupils(30));

        assertThat(Suppression.hidden(groups)).containsExactlyInAnyOrder(Group.DISADVANTAGED, Group.NOT_DISADVANTAGED);
    }

    @Test
    void aGroupWithNoPupilsDoesNotHideItsComplement() {
        Map<Group, Stats> groups = new EnumMap<>(Group.class);
        groups.put(Group.EAL, pupils(0));
        groups.put(Group.NOT_EAL, pupils(3));
        assertThat(Suppression.hidden(groups)).containsExactly(Group.NOT_EAL);
    }

    private static Stats pupils(int n) {
        Stats stats = new Stats();
        for (int i = 0; i < n; i++) {
            stats.addPupil(100.0, true, false, null);
        }
        return stats;
    }
}
