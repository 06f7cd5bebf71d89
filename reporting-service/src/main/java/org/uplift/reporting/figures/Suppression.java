package org.uplift.reporting.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The one place figures are turned into what may be shown (DESIGN.md, "Suppression"): any figure whose cohort is
 * 1–5 pupils shows {@code c}; when one of two complementary groups is hidden the other is too, so neither can be
 * worked out by subtracting from the total; {@code x} where there is nothing to show; percentages to 1 dp half up.
 * API answers, pages and CSV exports all render cells made here.
 */
public final class Suppression {

    public static final int LARGEST_SUPPRESSED_COHORT = 5;

    private Suppression() {
    }

    public static boolean isSmall(long cohort) {
        return cohort >= 1 && cohort <= LARGEST_SUPPRESSED_COHORT;
    }

    /** The groups whose every figure must be hidden: small cohorts, then the complement of each (secondary). */
    public static Set<Group> hidden(Map<Group, Stats> groups) {
        Set<Group> hidden = EnumSet.noneOf(Group.class);
        groups.forEach((group, stats) -> {
            if (isSmall(stats.pupils())) {
                hidden.add(group);
            }
        });
        for (Group group : EnumSet.copyOf(hidden.isEmpty() ? EnumSet.noneOf(Group.class) : hidden)) {
            Group complement = group.complement();
            if (complement != null && groups.containsKey(complement) && groups.get(complement).pupils() > 0) {
                hidden.add(complement);
            }
        }
        return hidden;
    }

    public static Cell count(long pupils) {
        return isSmall(pupils) ? Cell.SUPPRESSED : Cell.of(BigDecimal.valueOf(pupils));
    }

    /** 100 × met / cohort, 1 dp half up, rounded once from the exact fraction. */
    public static Cell percent(long met, long cohort) {
        if (cohort == 0) {
            return Cell.NOT_AVAILABLE;
        }
        if (isSmall(cohort)) {
            return Cell.SUPPRESSED;
        }
        return Cell.of(BigDecimal.valueOf(100L * met).divide(BigDecimal.valueOf(cohort), 1, RoundingMode.HALF_UP));
    }

    public static Cell mean(double sum, long cohort, int scale) {
        if (cohort == 0) {
            return Cell.NOT_AVAILABLE;
        }
        if (isSmall(cohort)) {
            return Cell.SUPPRESSED;
        }
        return Cell.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(cohort), scale, RoundingMode.HALF_UP));
    }

    /** 100 × (metA / cohortA − metB / cohortB) in percentage points, 1 dp half up, from the exact fractions. */
    public static Cell percentDifference(long metA, long cohortA, long metB, long cohortB) {
        if (cohortA == 0 || cohortB == 0) {
            return Cell.NOT_AVAILABLE;
        }
        BigDecimal numerator = BigDecimal.valueOf(100L * (metA * cohortB - metB * cohortA));
        return Cell.of(numerator.divide(BigDecimal.valueOf(cohortA * cohortB), 1, RoundingMode.HALF_UP));
    }

    /** A derived value whose cohort was checked by the caller; null means not available. */
    public static Cell value(@Nullable Double value, int scale) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return Cell.NOT_AVAILABLE;
        }
        return Cell.of(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP));
    }
}
