package org.uplift.reporting.figures;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Gap index (DESIGN.md): 20 × (mean percentile rank of the other pupils − mean percentile rank of disadvantaged
 * pupils), ranking every pupil of the comparison cohort on the measure, ties sharing the average rank, percentile
 * rank = (rank − 1)/(n − 1). Works on histograms (value → pupils), which is exact because tied pupils share a rank,
 * and lets an LA's index come from its schools' summed histograms.
 */
public final class GapIndex {

    private GapIndex() {
    }

    /** Null when either group is empty or the cohort has fewer than two pupils. */
    public static @Nullable Double of(Map<Double, Long> disadvantaged, Map<Double, Long> others) {
        long nDisadvantaged = disadvantaged.values().stream().mapToLong(Long::longValue).sum();
        long nOthers = others.values().stream().mapToLong(Long::longValue).sum();
        long n = nDisadvantaged + nOthers;
        if (nDisadvantaged == 0 || nOthers == 0 || n < 2) {
            return null;
        }
        TreeMap<Double, Long> cohort = new TreeMap<>(disadvantaged);
        others.forEach((value, count) -> cohort.merge(value, count, Long::sum));
        double disadvantagedRanks = 0;
        double otherRanks = 0;
        long below = 0;
        for (Map.Entry<Double, Long> bin : cohort.entrySet()) {
            double averageRank = below + (bin.getValue() + 1) / 2.0;
            double percentile = (averageRank - 1) / (n - 1);
            disadvantagedRanks += percentile * disadvantaged.getOrDefault(bin.getKey(), 0L);
            otherRanks += percentile * others.getOrDefault(bin.getKey(), 0L);
            below += bin.getValue();
        }
        return 20 * (otherRanks / nOthers - disadvantagedRanks / nDisadvantaged);
    }
}
