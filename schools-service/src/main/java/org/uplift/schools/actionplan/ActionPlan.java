package org.uplift.schools.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.contracts.schools.Rag;
import org.uplift.platform.events.OutboxEvent;
import org.uplift.schools.audit.AuditEntry;

/**
 * A school's action plan: objectives per area (usually drawn from a diagnostic review), each with actions and the
 * full history of its termly RAG reviews. One document, so a RAG review, its audit entry and its event are one write.
 */
@Document("action-plans")
class ActionPlan {

    @Id
    String id;
    @Indexed
    String urn;
    @Indexed
    String laCode;
    String regionCode;
    @Nullable String reviewId;
    String title;
    List<Objective> objectives = new ArrayList<>();
    @Version
    @Nullable Long version;
    List<AuditEntry> audit = new ArrayList<>();
    List<OutboxEvent> outbox = new ArrayList<>();

    ActionPlan(String id, String urn, String laCode, String regionCode, @Nullable String reviewId, String title) {
        this.id = id;
        this.urn = urn;
        this.laCode = laCode;
        this.regionCode = regionCode;
        this.reviewId = reviewId;
        this.title = title;
    }

    Optional<Objective> objective(String objectiveId) {
        return objectives.stream().filter(o -> o.id.equals(objectiveId)).findFirst();
    }

    static class Objective {
        String id;
        String area;
        String description;
        List<PlanAction> actions = new ArrayList<>();
        List<RagReview> ragReviews = new ArrayList<>();

        Objective(String id, String area, String description) {
            this.id = id;
            this.area = area;
            this.description = description;
        }

        @Nullable RagReview latest() {
            return ragReviews.isEmpty() ? null : ragReviews.getLast();
        }
    }

    static class PlanAction {
        String id;
        String description;
        String owner;
        LocalDate dueDate;
        String successCriteria;
        ActionStatus status = ActionStatus.NOT_STARTED;

        PlanAction(String id, String description, String owner, LocalDate dueDate, String successCriteria) {
            this.id = id;
            this.description = description;
            this.owner = owner;
            this.dueDate = dueDate;
            this.successCriteria = successCriteria;
        }

        boolean overdue(LocalDate today) {
            return status != ActionStatus.DONE && dueDate.isBefore(today);
        }
    }

    /** One termly RAG review of an objective; never changed or removed once recorded. */
    record RagReview(Rag rag, String rationale, String evidence, LocalDate reviewedOn, String term,
            @Nullable LocalDate nextReviewDate, String by, Instant recordedAt) {
    }
}
