package org.uplift.contracts.schools;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An action plan was started for a school, usually from a diagnostic review; one entry per objective's area. */
public record ActionPlanCreated(String planId, String urn, String laCode, String regionCode, @Nullable String reviewId,
        List<String> objectiveAreas) {
}
