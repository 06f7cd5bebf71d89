package org.uplift.schools.actionplan;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** How one school's plans stand today: what the watchlist needs. */
public record PlanHealth(String urn, int redObjectives, int overdueActions, int missedReviews,
        @Nullable LocalDate latestRagReview) {
}
