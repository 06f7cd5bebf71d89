package org.uplift.contracts.schools;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A termly RAG review of one action-plan objective was recorded (also when the rating stayed the same, so
 * dashboards can count reviews per term); {@code previousRag} is null for an objective's first review.
 */
public record RagChanged(String planId, String objectiveId, String urn, String laCode, String regionCode, String area,
        Rag rag, @Nullable Rag previousRag, LocalDate reviewedOn, String term, @Nullable LocalDate nextReviewDate) {
}
