package org.uplift.schools.review;

import java.util.List;

/** The areas a diagnostic maths review judges, and the judgements it uses. */
public final class ReviewAreas {

    public static final List<String> AREAS = List.of("leadership", "curriculum", "teaching", "assessment",
            "intervention", "cpd", "governance");
    public static final List<String> JUDGEMENTS = List.of("Strong", "Secure", "Developing", "Weak");
    /** Judgements that call for an objective in the action plan drawn from the review. */
    public static final List<String> NEEDS_ACTION = List.of("Developing", "Weak");

    private ReviewAreas() {
    }

    public static String label(String area) {
        return area.equals("cpd") ? "CPD" : Character.toUpperCase(area.charAt(0)) + area.substring(1);
    }
}
