package org.uplift.contracts.schools;

import java.time.LocalDate;
import java.util.List;

/**
 * A diagnostic maths review of a school was completed. {@code term} is the school term it fell in (e.g.
 * "2026-27 autumn"); reviewers are the professionals who carried it out.
 */
public record ReviewCompleted(String reviewId, String urn, String laCode, String regionCode, LocalDate reviewDate,
        String term, List<String> reviewers, List<AreaJudgement> judgements) {
}
