package org.uplift.schools.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.common.DemoData;
import org.uplift.schools.review.ReviewQueries;

/**
 * Action plans drawn from the demo reviews, with actions and a RAG history: some objectives red, some actions
 * overdue and one missed review date, so the Leicester and Blackpool watchlists are not empty.
 */
@Component
@Order(DemoData.PLANS)
@ConditionalOnBooleanProperty(DemoData.PROPERTY)
class ActionPlanDemoData implements ApplicationRunner {

    private final ActionPlanService plans;
    private final ActionPlanRepository repository;
    private final ReviewQueries reviews;

    ActionPlanDemoData(ActionPlanService plans, ActionPlanRepository repository, ReviewQueries reviews) {
        this.plans = plans;
        this.repository = repository;
        this.reviews = reviews;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = DemoData.today();
        plan("990101", List.of("RED", "AMBER", "RED"), today.minusDays(14), today.plusWeeks(6));
        plan("990102", List.of("AMBER", "GREEN"), today.plusWeeks(3), today.plusWeeks(8));
        plan("990104", List.of("RED"), today.minusDays(30), today.minusDays(7));
        plan("990301", List.of("AMBER", "RED"), today.minusDays(3), today.plusWeeks(4));
    }

    private void plan(String urn, List<String> ragHistory, LocalDate actionDue, LocalDate nextReview) {
        if (!repository.findByUrn(urn).isEmpty()) {
            return;
        }
        TenantScope admin = DemoData.admin();
        String reviewId = reviews.latestFor(urn).map(r -> r.id()).orElse(null);
        PlanView plan = plans.create(urn, new Forms.NewPlan("Maths action plan " + DemoData.today().getYear(), reviewId), admin);
        if (plan.objectives().isEmpty()) {
            return;
        }
        String objective = plan.objectives().get(0).id();
        plan = plans.addAction(plan.id(), plan.version(), new Forms.NewAction(objective, "Appoint and induct a maths lead",
                "Headteacher", actionDue.toString(), "Maths lead in post and leading department meetings", plan.version()), admin);
        plan = plans.addAction(plan.id(), plan.version(), new Forms.NewAction(objective, "Department CPD on questioning",
                "Maths lead", DemoData.today().plusWeeks(10).toString(), "Questioning seen in most lessons", plan.version()), admin);
        LocalDate reviewedOn = DemoData.today().minusDays(7L * ragHistory.size());
        for (int i = 0; i < ragHistory.size(); i++) {
            boolean last = i == ragHistory.size() - 1;
            LocalDate on = reviewedOn.plusDays(7L * i);
            plan = plans.recordRagReview(plan.id(), plan.version(), new Forms.RagReviewForm(objective, ragHistory.get(i),
                    "Synthetic rationale for a " + ragHistory.get(i).toLowerCase() + " rating",
                    "Lesson visits and work scrutiny", on.toString(), last ? (nextReview.isAfter(on) ? nextReview : on.plusDays(1)).toString()
                            : on.plusDays(7).toString(), plan.version()), admin);
        }
    }
}
