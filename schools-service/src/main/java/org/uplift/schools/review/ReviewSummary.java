package org.uplift.schools.review;

import java.time.LocalDate;
import java.util.Map;

/** What an action plan drawn from a review needs from it. */
public record ReviewSummary(String id, String urn, LocalDate reviewDate, Map<String, String> judgements,
        String areasToImprove) {
}
