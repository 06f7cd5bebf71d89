package org.uplift.schools.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.uplift.contracts.schools.ActionPlanCreated;
import org.uplift.contracts.schools.Rag;
import org.uplift.contracts.schools.RagChanged;
import org.uplift.platform.events.Outbox;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.audit.AuditEntry;
import org.uplift.schools.common.Dates;
import org.uplift.schools.common.SchoolTerm;
import org.uplift.schools.common.Versions;
import org.uplift.schools.review.ReviewAreas;
import org.uplift.schools.review.ReviewQueries;
import org.uplift.schools.review.ReviewSummary;
import org.uplift.schools.school.SchoolDirectory;
import org.uplift.schools.school.SchoolDirectory.Need;
import org.uplift.schools.school.SchoolSummary;

/**
 * Action plans. LA officers start and shape them; officers and the school's system leaders record termly RAG
 * reviews; the school's lead may move its actions on. Every change names the plan version it was based on.
 */
@Service
class ActionPlanService {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final ActionPlanRepository plans;
    private final SchoolDirectory schools;
    private final ReviewQueries reviews;
    private final Outbox outbox;
    private final PlanViews views;

    ActionPlanService(ActionPlanRepository plans, SchoolDirectory schools, ReviewQueries reviews, Outbox outbox,
            PlanViews views) {
        this.plans = plans;
        this.schools = schools;
        this.reviews = reviews;
        this.outbox = outbox;
        this.views = views;
    }

    PlanView create(String urn, Forms.NewPlan form, TenantScope scope) {
        SchoolSummary school = schools.require(urn, scope, Need.MANAGE);
        String reviewId = form.reviewId() == null || form.reviewId().isBlank() ? null : form.reviewId();
        ActionPlan plan = new ActionPlan(UUID.randomUUID().toString(), urn, school.laCode(), school.regionCode(), reviewId,
                form.title().strip());
        if (reviewId != null) {
            ReviewSummary review = reviews.find(urn, reviewId)
                    .orElseThrow(() -> InvalidInputException.of("reviewId", "There is no such review of this school"));
            for (Map.Entry<String, String> judgement : review.judgements().entrySet()) {
                if (ReviewAreas.NEEDS_ACTION.contains(judgement.getValue())) {
                    plan.objectives.add(new ActionPlan.Objective(newId(), judgement.getKey(), "Improve "
                            + ReviewAreas.label(judgement.getKey()).toLowerCase() + " (judged " + judgement.getValue()
                            + " in the review of " + review.reviewDate() + ")"));
                }
            }
            plan.objectives.sort(java.util.Comparator.comparing(o -> ReviewAreas.AREAS.indexOf(o.area)));
        }
        plan.audit.add(AuditEntry.of(scope, "created", AuditEntry.created(Map.of("title", plan.title,
                "objectives", plan.objectives.stream().map(o -> o.area).toList()))));
        plan.outbox.add(outbox.event(plan.id, plan.laCode, new ActionPlanCreated(plan.id, urn, plan.laCode,
                plan.regionCode, reviewId, plan.objectives.stream().map(o -> o.area).toList())));
        return views.of(plans.insert(plan), school, today());
    }

    PlanView find(String id, TenantScope scope) {
        ActionPlan plan = load(id);
        return views.of(plan, require(plan, scope, Need.VIEW), today());
    }

    List<PlanView> forSchool(String urn, TenantScope scope) {
        SchoolSummary school = schools.require(urn, scope, Need.VIEW);
        return plans.findByUrn(urn).stream().map(p -> views.of(p, school, today())).toList();
    }

    PlanView addObjective(String id, long version, Forms.NewObjective form, TenantScope scope) {
        return change(id, version, scope, Need.MANAGE, plan -> {
            ActionPlan.Objective objective = new ActionPlan.Objective(newId(), form.area(), form.description().strip());
            plan.objectives.add(objective);
            plan.audit.add(AuditEntry.of(scope, "objective added", AuditEntry.created(Map.of(
                    "objective." + objective.area, objective.description))));
        });
    }

    PlanView addAction(String id, long version, Forms.NewAction form, TenantScope scope) {
        LocalDate due = Dates.required("dueDate", "due date", form.dueDate());
        return change(id, version, scope, Need.MANAGE, plan -> {
            ActionPlan.Objective objective = objective(plan, form.objectiveId());
            ActionPlan.PlanAction action = new ActionPlan.PlanAction(newId(), form.description().strip(),
                    form.owner().strip(), due, form.successCriteria().strip());
            objective.actions.add(action);
            plan.audit.add(AuditEntry.of(scope, "action added to " + objective.area, AuditEntry.created(Map.of(
                    "description", action.description, "owner", action.owner, "dueDate", action.dueDate,
                    "successCriteria", action.successCriteria))));
        });
    }

    PlanView updateAction(String id, String actionId, long version, Forms.ActionUpdate form, TenantScope scope) {
        ActionPlan current = load(id);
        SchoolSummary school = require(current, scope, Need.VIEW);
        boolean ownSchoolLead = scope.has(Role.SCHOOL_LEAD) && scope.isSchool(school.urn());
        return change(id, version, scope, ownSchoolLead ? Need.VIEW : Need.MANAGE, plan -> {
            ActionPlan.PlanAction action = plan.objectives.stream().flatMap(o -> o.actions.stream())
                    .filter(a -> a.id.equals(actionId)).findFirst().orElseThrow(() -> new NotFoundException("action", actionId));
            ActionStatus status = ActionStatus.valueOf(form.status());
            plan.audit.add(AuditEntry.of(scope, "action status changed", AuditEntry.diff(
                    Map.of("action " + action.description, action.status.name()), Map.of("action " + action.description, status.name()))));
            action.status = status;
        });
    }

    PlanView recordRagReview(String id, long version, Forms.RagReviewForm form, TenantScope scope) {
        LocalDate reviewedOn = form.reviewedOn() == null || form.reviewedOn().isBlank() ? today()
                : Dates.required("reviewedOn", "date of the review", form.reviewedOn());
        LocalDate next = Dates.optional("nextReviewDate", "next review date", form.nextReviewDate());
        if (next != null && !next.isAfter(reviewedOn)) {
            throw InvalidInputException.of("nextReviewDate", "The next review date must be after the date of this review");
        }
        Rag rag = Rag.valueOf(form.rag());
        return change(id, version, scope, Need.SUPPORT, plan -> {
            ActionPlan.Objective objective = objective(plan, form.objectiveId());
            ActionPlan.RagReview previous = objective.latest();
            String term = SchoolTerm.of(reviewedOn).label();
            objective.ragReviews.add(new ActionPlan.RagReview(rag, form.rationale().strip(), form.evidence().strip(),
                    reviewedOn, term, next, actor(scope), Instant.now()));
            plan.audit.add(AuditEntry.of(scope, "RAG review of " + objective.area, AuditEntry.diff(
                    Map.of("rag", previous == null ? "" : previous.rag().name()), Map.of("rag", rag.name()))));
            plan.outbox.add(outbox.event(plan.id, plan.laCode, new RagChanged(plan.id, objective.id, plan.urn,
                    plan.laCode, plan.regionCode, objective.area, rag, previous == null ? null : previous.rag(),
                    reviewedOn, term, next)));
        });
    }

    List<RagHistoryEntry> ragHistory(String id, TenantScope scope) {
        return find(id, scope).objectives().stream().flatMap(o -> o.ragReviews().stream())
                .sorted(java.util.Comparator.comparing(RagHistoryEntry::recordedAt)).toList();
    }

    static boolean reviewMissed(ActionPlan.Objective objective, LocalDate today) {
        ActionPlan.RagReview last = objective.latest();
        return last != null && last.nextReviewDate() != null && last.nextReviewDate().isBefore(today);
    }

    static LocalDate today() {
        return LocalDate.now(UK);
    }

    private PlanView change(String id, long version, TenantScope scope, Need need, Consumer<ActionPlan> change) {
        ActionPlan plan = load(id);
        SchoolSummary school = require(plan, scope, need);
        Versions.check(version, plan.version);
        change.accept(plan);
        try {
            return views.of(plans.save(plan), school, today());
        } catch (OptimisticLockingFailureException e) {
            throw Versions.stale();
        }
    }

    private SchoolSummary require(ActionPlan plan, TenantScope scope, Need need) {
        try {
            return schools.require(plan.urn, scope, need);
        } catch (NotFoundException e) {
            throw new NotFoundException("action plan", plan.id);
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException("You cannot change this action plan");
        }
    }

    private ActionPlan load(String id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("action plan", id));
    }

    private static ActionPlan.Objective objective(ActionPlan plan, String objectiveId) {
        return plan.objective(objectiveId).orElseThrow(() -> InvalidInputException.of("objectiveId",
                "Select an objective of this plan"));
    }

    private static String actor(TenantScope scope) {
        return scope.displayName().isBlank() ? scope.username() : scope.displayName();
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
