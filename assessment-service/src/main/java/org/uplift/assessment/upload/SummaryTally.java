package org.uplift.assessment.upload;

import org.jspecify.annotations.Nullable;
import org.uplift.contracts.assessment.PupilResult;

/** Headline figures of one dataset, accumulated while its pupils are stored. */
final class SummaryTally {

    private int pupils;
    private int readingExpected;
    private int mathsExpected;
    private int grade4;
    private int grade5;
    private int withProgress;
    private double progressSum;
    private int withMark;
    private double percentSum;

    void add(PupilResult pupil) {
        pupils++;
        readingExpected += Boolean.TRUE.equals(pupil.ks2ReadingExpected()) ? 1 : 0;
        mathsExpected += Boolean.TRUE.equals(pupil.ks2MathsExpected()) ? 1 : 0;
        grade4 += Boolean.TRUE.equals(pupil.ks4MathsGrade4Plus()) ? 1 : 0;
        grade5 += Boolean.TRUE.equals(pupil.ks4MathsGrade5Plus()) ? 1 : 0;
        if (pupil.mathsProgress() != null) {
            withProgress++;
            progressSum += pupil.mathsProgress();
        }
        if (pupil.markPercent() != null) {
            withMark++;
            percentSum += pupil.markPercent();
        }
    }

    Upload.Summary summary(Assessment assessment) {
        return switch (assessment.kind()) {
            case KS2 -> new Upload.Summary(pupils, pct(readingExpected), pct(mathsExpected), null, null, null, 0, null);
            case KS4 -> new Upload.Summary(pupils, null, null, pct(grade4), pct(grade5),
                    withProgress == 0 ? null : progressSum / withProgress, withProgress, null);
            case DIAGNOSTIC -> new Upload.Summary(pupils, null, null, null, null, null, 0,
                    withMark == 0 ? null : percentSum / withMark);
        };
    }

    private @Nullable Double pct(int count) {
        return pupils == 0 ? null : 100.0 * count / pupils;
    }
}
