package org.uplift.reporting.results;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.uplift.contracts.assessment.AssessmentKind;

/** Which assessment a figure is about within a year: KS2, KS4, or a diagnostic in one term. */
record AssessmentKey(AssessmentKind kind, String assessment, String term) implements Comparable<AssessmentKey> {

    private static final List<String> TERMS = List.of("AUTUMN", "SPRING", "SUMMER");
    private static final Comparator<AssessmentKey> ORDER = Comparator.comparing(AssessmentKey::kind)
            .thenComparing(AssessmentKey::assessment).thenComparing(k -> TERMS.indexOf(k.term()));

    static final AssessmentKey KS2 = new AssessmentKey(AssessmentKind.KS2, "KS2", "SUMMER");
    static final AssessmentKey KS4 = new AssessmentKey(AssessmentKind.KS4, "KS4", "SUMMER");

    String id() {
        return kind == AssessmentKind.DIAGNOSTIC
                ? "diagnostic-" + (assessment + "-" + term).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                : kind.name().toLowerCase(Locale.ROOT);
    }

    String label() {
        return switch (kind) {
            case KS2 -> "KS2 maths";
            case KS4 -> "KS4 maths";
            case DIAGNOSTIC -> assessment + ", " + term.toLowerCase(Locale.ROOT) + " term";
        };
    }

    @Override
    public int compareTo(AssessmentKey other) {
        return ORDER.compare(this, other);
    }
}
