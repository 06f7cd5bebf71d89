package org.uplift.contracts.assessment;

import org.jspecify.annotations.Nullable;

/**
 * One pupil's pseudonymous facts in one assessment: the keyed-hash id (never a UPN, name or date of birth), the
 * characteristics gap measures split by, the scores, and the measures worked out from them (docs/measures.md).
 * Fields that do not apply to the assessment kind are null.
 *
 * @param ks2Reading KS2 reading scaled score: the result for KS2, the prior attainment for KS4
 * @param ks2Maths KS2 maths scaled score: the result for KS2, the prior attainment for KS4
 * @param ks4MathsGrade GCSE maths grade 0–9 (U = 0)
 * @param pag prior-attainment group 1–16 from the mean KS2 scaled score (KS4 with both prior scores only)
 * @param mathsEstimate the maths element (grade × 2) expected for the PAG and year, from {@code estimatesSource}
 * @param mathsProgress (maths grade × 2 − estimate) / 2
 * @param markPercent diagnostic mark as a percentage of the maximum mark, unrounded
 */
public record PupilResult(String pupilId, int yearGroup, boolean disadvantaged, SenProvision senProvision,
        boolean eal, @Nullable String ethnicity, @Nullable String sex,
        @Nullable Integer ks2Reading, @Nullable Integer ks2Maths,
        @Nullable Boolean ks2ReadingExpected, @Nullable Boolean ks2ReadingHigher,
        @Nullable Boolean ks2MathsExpected, @Nullable Boolean ks2MathsHigher,
        @Nullable Integer ks4MathsGrade, @Nullable Integer ks4EnglishGrade,
        @Nullable Boolean ks4MathsGrade4Plus, @Nullable Boolean ks4MathsGrade5Plus,
        @Nullable Integer pag, @Nullable Double mathsEstimate, @Nullable Double mathsProgress,
        @Nullable Integer mark, @Nullable Double markPercent) {
}
