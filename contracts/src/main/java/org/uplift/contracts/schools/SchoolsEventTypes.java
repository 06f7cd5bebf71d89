package org.uplift.contracts.schools;

import java.util.List;

import org.uplift.contracts.EventType;
import org.uplift.contracts.Topics;

/** Events published by schools-service. */
public final class SchoolsEventTypes {

    public static final EventType SCHOOL_REGISTERED = new EventType("school.registered", 1, Topics.SCHOOL, SchoolRegistered.class);
    public static final EventType SCHOOL_UPDATED = new EventType("school.updated", 1, Topics.SCHOOL, SchoolUpdated.class);
    public static final EventType SCHOOL_CLOSED = new EventType("school.closed", 1, Topics.SCHOOL, SchoolClosed.class);

    public static final EventType REVIEW_COMPLETED = new EventType("review.completed", 1, Topics.REVIEW, ReviewCompleted.class);
    public static final EventType ACTION_PLAN_CREATED = new EventType("action-plan.created", 1, Topics.ACTION_PLAN, ActionPlanCreated.class);
    public static final EventType RAG_CHANGED = new EventType("action-plan.rag-changed", 1, Topics.ACTION_PLAN, RagChanged.class);
    public static final EventType VISIT_RECORDED = new EventType("visit.recorded", 1, Topics.VISIT, VisitRecorded.class);
    public static final EventType VISIT_SIGNED_OFF = new EventType("visit.signed-off", 1, Topics.VISIT, VisitSignedOff.class);
    public static final EventType PROJECT_MEMBERSHIP_CHANGED = new EventType("project.membership-changed", 1, Topics.PROJECT,
            ProjectMembershipChanged.class);

    public static final List<EventType> ALL = List.of(SCHOOL_REGISTERED, SCHOOL_UPDATED, SCHOOL_CLOSED, REVIEW_COMPLETED,
            ACTION_PLAN_CREATED, RAG_CHANGED, VISIT_RECORDED, VISIT_SIGNED_OFF, PROJECT_MEMBERSHIP_CHANGED);

    private SchoolsEventTypes() {
    }
}
