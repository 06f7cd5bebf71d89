package org.uplift.schools.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.uplift.contracts.schools.Rag;
import org.uplift.schools.audit.AuditEntry;

/** An action plan as the API and pages show it, with overdue actions and missed review dates flagged. */
record PlanView(String id, String urn, String schoolName, String laCode, @Nullable String reviewId, String title,
        List<ObjectiveView> objectives, int overdueActions, int missedReviews, long version, List<AuditEntry> audit) {

    record ObjectiveView(String id, String area, String areaLabel, String description, @Nullable Rag rag,
            @Nullable LocalDate nextReviewDate, boolean reviewMissed, List<ActionView> actions,
            List<RagHistoryEntry> ragReviews) {
    }

    record ActionView(String id, String description, String owner, LocalDate dueDate, String successCriteria,
            String status, boolean overdue) {
    }
}
