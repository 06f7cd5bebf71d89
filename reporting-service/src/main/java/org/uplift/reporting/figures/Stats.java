package org.uplift.reporting.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Additive statistics of one group of pupils in one assessment: counts, sums and sums of squares, and the histogram
 * of the measure. Everything a figure needs (%, means, confidence intervals, percentile ranks) follows from these,
 * and the statistics of an LA are the sum of its schools' — so dashboards read a few pre-aggregated documents, never
 * pupils.
 *
 * <p>The measure is the KS2 maths scaled score, the KS4 maths grade or the diagnostic %; threshold 1 is the KS2
 * expected standard or KS4 grade 4+, threshold 2 the KS2 higher standard or KS4 grade 5+.
 */
public final class Stats {

    long pupils;
    long scored;
    double sum;
    double sumOfSquares;
    long metFirst;
    long metSecond;
    long withProgress;
    double progressSum;
    double progressSumOfSquares;
    final TreeMap<Double, Long> histogram = new TreeMap<>();

    public void addPupil(@Nullable Double score, boolean first, boolean second, @Nullable Double progress) {
        pupils++;
        if (score != null) {
            scored++;
            sum += score;
            sumOfSquares += score * score;
            histogram.merge(score, 1L, Long::sum);
        }
        metFirst += first ? 1 : 0;
        metSecond += second ? 1 : 0;
        if (progress != null) {
            withProgress++;
            progressSum += progress;
            progressSumOfSquares += progress * progress;
        }
    }

    public void add(Stats other) {
        pupils += other.pupils;
        scored += other.scored;
        sum += other.sum;
        sumOfSquares += other.sumOfSquares;
        metFirst += other.metFirst;
        metSecond += other.metSecond;
        withProgress += other.withProgress;
        progressSum += other.progressSum;
        progressSumOfSquares += other.progressSumOfSquares;
        other.histogram.forEach((value, count) -> histogram.merge(value, count, Long::sum));
    }

    public long pupils() {
        return pupils;
    }

    public Map<Double, Long> histogram() {
        return histogram;
    }

    public Document toDocument() {
        List<List<Object>> bins = new ArrayList<>();
        histogram.forEach((value, count) -> bins.add(List.of(value, count)));
        return new Document("n", pupils).append("sn", scored).append("s", sum).append("s2", sumOfSquares)
                .append("m1", metFirst).append("m2", metSecond).append("pn", withProgress).append("p", progressSum)
                .append("p2", progressSumOfSquares).append("h", bins);
    }

    public static Stats fromDocument(@Nullable Document document) {
        Stats stats = new Stats();
        if (document == null) {
            return stats;
        }
        stats.pupils = number(document, "n").longValue();
        stats.scored = number(document, "sn").longValue();
        stats.sum = number(document, "s").doubleValue();
        stats.sumOfSquares = number(document, "s2").doubleValue();
        stats.metFirst = number(document, "m1").longValue();
        stats.metSecond = number(document, "m2").longValue();
        stats.withProgress = number(document, "pn").longValue();
        stats.progressSum = number(document, "p").doubleValue();
        stats.progressSumOfSquares = number(document, "p2").doubleValue();
        for (Object bin : document.getList("h", Object.class, List.of())) {
            List<?> pair = (List<?>) bin;
            stats.histogram.merge(((Number) pair.get(0)).doubleValue(), ((Number) pair.get(1)).longValue(), Long::sum);
        }
        return stats;
    }

    private static Number number(Document document, String key) {
        Object value = document.get(key);
        return value instanceof Number n ? n : 0;
    }
}
