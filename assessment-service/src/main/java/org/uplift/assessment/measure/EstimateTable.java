package org.uplift.assessment.measure;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The expected maths element (grade × 2) per prior-attainment group for one year, and where it came from. */
public record EstimateTable(String academicYear, Source source, Map<Integer, Double> byPag) {

    public enum Source { PLATFORM, OFFICIAL }

    public @Nullable Double estimate(@Nullable Integer pag) {
        return pag == null ? null : byPag.get(pag);
    }
}
