package org.uplift.schools.actionplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.uplift.contracts.schools.Rag;

/** Read-only questions other features ask about plans; callers have already checked the LA's tenancy. */
@Component
public class ActionPlanQueries {

    private final ActionPlanRepository plans;

    ActionPlanQueries(ActionPlanRepository plans) {
        this.plans = plans;
    }

    /** Per school of the LA that has a plan: red objectives (latest rating), overdue actions, missed review dates. */
    public Collection<PlanHealth> healthInLa(String laCode, LocalDate today) {
        Map<String, PlanHealth> byUrn = new HashMap<>();
        for (ActionPlan plan : plans.findByLaCode(laCode)) {
            int red = 0;
            int overdue = 0;
            int missed = 0;
            LocalDate latest = null;
            for (ActionPlan.Objective objective : plan.objectives) {
                ActionPlan.RagReview last = objective.latest();
                red += last != null && last.rag() == Rag.RED ? 1 : 0;
                missed += ActionPlanService.reviewMissed(objective, today) ? 1 : 0;
                overdue += (int) objective.actions.stream().filter(a -> a.overdue(today)).count();
                latest = last == null || (latest != null && latest.isAfter(last.reviewedOn())) ? latest : last.reviewedOn();
            }
            PlanHealth health = new PlanHealth(plan.urn, red, overdue, missed, latest);
            byUrn.merge(plan.urn, health, ActionPlanQueries::combine);
        }
        return byUrn.values();
    }

    private static PlanHealth combine(PlanHealth a, PlanHealth b) {
        LocalDate latest = a.latestRagReview() == null ? b.latestRagReview() : b.latestRagReview() == null
                ? a.latestRagReview() : a.latestRagReview().isAfter(b.latestRagReview()) ? a.latestRagReview() : b.latestRagReview();
        return new PlanHealth(a.urn(), a.redObjectives() + b.redObjectives(), a.overdueActions() + b.overdueActions(),
                a.missedReviews() + b.missedReviews(), latest);
    }
}
