package org.uplift.assessment.measure;

import java.util.HashMap;
import java.util.Map;

/** Running sums of the maths element per PAG, so estimates can be a mean over many files without holding pupils. */
public final class PagSums {

    private final Map<Integer, long[]> sums = new HashMap<>();

    public void add(int pag, int mathsElement) {
        long[] sum = sums.computeIfAbsent(pag, p -> new long[2]);
        sum[0] += mathsElement;
        sum[1]++;
    }

    public void addAll(int pag, long elementTotal, long pupils) {
        long[] sum = sums.computeIfAbsent(pag, p -> new long[2]);
        sum[0] += elementTotal;
        sum[1] += pupils;
    }

    public void merge(PagSums other) {
        other.sums.forEach((pag, sum) -> addAll(pag, sum[0], sum[1]));
    }

    public Map<Integer, Double> means() {
        Map<Integer, Double> means = new HashMap<>();
        sums.forEach((pag, sum) -> means.put(pag, (double) sum[0] / sum[1]));
        return means;
    }
}
