package org.uplift.schools.watchlist;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A school that needs attention, and why. */
record WatchlistEntry(String urn, String name, int redObjectives, int overdueActions, int missedReviewDates,
        boolean notReviewedThisTerm, @Nullable LocalDate lastReviewed, List<String> reasons) {
}
