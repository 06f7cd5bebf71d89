package org.uplift.assessment.measure;

import org.jspecify.annotations.Nullable;

/**
 * One definition of each pupil-level measure, as docs/measures.md states them. Pure functions: the same inputs give
 * the same answer here, in the events and in the method page's worked example.
 */
public final class Measures {

    public static final int KS2_MIN = 80;
    public static final int KS2_MAX = 120;
    public static final int KS2_EXPECTED = 100;
    public static final int KS2_HIGHER = 110;
    public static final double PAG_WIDTH = 2.5;
    public static final int PAG_COUNT = 16;

    private Measures() {
    }

    public static @Nullable Boolean ks2Expected(@Nullable Integer scaledScore) {
        return scaledScore == null ? null : scaledScore >= KS2_EXPECTED;
    }

    public static @Nullable Boolean ks2Higher(@Nullable Integer scaledScore) {
        return scaledScore == null ? null : scaledScore >= KS2_HIGHER;
    }

    public static @Nullable Boolean atLeast(@Nullable Integer grade, int threshold) {
        return grade == null ? null : grade >= threshold;
    }

    /**
     * Prior-attainment group 1–16: the mean of the KS2 reading and maths scaled scores in 2.5-point bands from 80
     * (80.0–82.0 is group 1, …, 117.5–120.0 is group 16); null without both scores.
     */
    public static @Nullable Integer pag(@Nullable Integer ks2Reading, @Nullable Integer ks2Maths) {
        if (ks2Reading == null || ks2Maths == null) {
            return null;
        }
        double mean = (ks2Reading + ks2Maths) / 2.0;
        int band = (int) Math.floor((mean - KS2_MIN) / PAG_WIDTH) + 1;
        return Math.clamp(band, 1, PAG_COUNT);
    }

    /** The maths element: grade × 2 (U = 0). */
    public static int mathsElement(int grade) {
        return grade * 2;
    }

    /** Maths progress = (maths grade × 2 − estimate for the PAG) / 2; null without a PAG estimate. */
    public static @Nullable Double mathsProgress(@Nullable Integer grade, @Nullable Double estimate) {
        if (grade == null || estimate == null) {
            return null;
        }
        return (mathsElement(grade) - estimate) / 2.0;
    }

    public static @Nullable Double percent(@Nullable Integer mark, @Nullable Integer maxMark) {
        if (mark == null || maxMark == null || maxMark == 0) {
            return null;
        }
        return 100.0 * mark / maxMark;
    }
}
