package org.uplift.schools.actionplan;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.uplift.contracts.schools.Rag;

/** One termly RAG review of an objective, as the history shows it (oldest first). */
record RagHistoryEntry(String objectiveId, String area, Rag rag, @Nullable Rag previousRag, String rationale,
        String evidence, LocalDate reviewedOn, String term, @Nullable LocalDate nextReviewDate, String by,
        Instant recordedAt) {
}
