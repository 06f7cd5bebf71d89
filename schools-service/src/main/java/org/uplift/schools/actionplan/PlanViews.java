package org.uplift.schools.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.uplift.schools.review.ReviewAreas;
import org.uplift.schools.school.SchoolSummary;

/** Turns a plan document into what people see, flagging overdue actions and missed review dates as of today. */
@Component
class PlanViews {

    PlanView of(ActionPlan plan, SchoolSummary school, LocalDate today) {
        List<PlanView.ObjectiveView> objectives = new ArrayList<>();
        int overdue = 0;
        int missed = 0;
        for (ActionPlan.Objective objective : plan.objectives) {
            List<PlanView.ActionView> actions = objective.actions.stream().map(a -> new PlanView.ActionView(a.id,
                    a.description, a.owner, a.dueDate, a.successCriteria, a.status.name(), a.overdue(today))).toList();
            overdue += (int) actions.stream().filter(PlanView.ActionView::overdue).count();
            boolean reviewMissed = ActionPlanService.reviewMissed(objective, today);
            missed += reviewMissed ? 1 : 0;
            List<RagHistoryEntry> history = new ArrayList<>();
            for (int i = 0; i < objective.ragReviews.size(); i++) {
                ActionPlan.RagReview r = objective.ragReviews.get(i);
                history.add(new RagHistoryEntry(objective.id, objective.area, r.rag(),
                        i == 0 ? null : objective.ragReviews.get(i - 1).rag(), r.rationale(), r.evidence(),
                        r.reviewedOn(), r.term(), r.nextReviewDate(), r.by(), r.recordedAt()));
            }
            ActionPlan.RagReview latest = objective.latest();
            objectives.add(new PlanView.ObjectiveView(objective.id, objective.area, ReviewAreas.label(objective.area),
                    objective.description, latest == null ? null : latest.rag(),
                    latest == null ? null : latest.nextReviewDate(), reviewMissed, actions, history));
        }
        return new PlanView(plan.id, plan.urn, school.name(), plan.laCode, plan.reviewId, plan.title, objectives,
                overdue, missed, plan.version == null ? 0 : plan.version, List.copyOf(plan.audit));
    }
}
