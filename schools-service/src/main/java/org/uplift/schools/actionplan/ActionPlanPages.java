package org.uplift.schools.actionplan;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.PreconditionFailedException;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.review.ReviewAreas;
import org.uplift.schools.school.SchoolDirectory;
import org.uplift.schools.school.SchoolDirectory.Need;

/**
 * Action plan pages: start a plan (from a review or blank), add objectives and actions, record termly RAG reviews.
 * Each form carries the plan version; a stale one shows a conflict message and keeps what was typed.
 */
@Controller
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','sle')")
class ActionPlanPages {

    private final ActionPlanService plans;
    private final SchoolDirectory schools;

    ActionPlanPages(ActionPlanService plans, SchoolDirectory schools) {
        this.plans = plans;
        this.schools = schools;
    }

    @GetMapping("/schools/{urn:\\d{6}}/action-plans")
    String list(@PathVariable String urn, TenantScope scope, Model model) {
        model.addAttribute("school", schools.require(urn, scope, Need.VIEW));
        model.addAttribute("plans", plans.forSchool(urn, scope));
        model.addAttribute("canManage", schools.may(urn, scope, Need.MANAGE));
        return "schools/action-plans/index";
    }

    @GetMapping("/schools/{urn:\\d{6}}/action-plans/new")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String newPlan(@PathVariable String urn, @RequestParam(required = false) @Nullable String review, TenantScope scope,
            Model model) {
        model.addAttribute("school", schools.require(urn, scope, Need.MANAGE));
        model.addAttribute("form", new Forms.NewPlan("Maths action plan", review));
        return "schools/action-plans/new";
    }

    @PostMapping("/schools/{urn:\\d{6}}/action-plans")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String create(@PathVariable String urn, @Valid @ModelAttribute("form") Forms.NewPlan form, BindingResult errors,
            TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/schools/action-plans/" + plans.create(urn, form, scope).id();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            }
        }
        model.addAttribute("school", schools.require(urn, scope, Need.MANAGE));
        return "schools/action-plans/new";
    }

    @GetMapping("/schools/action-plans/{id}")
    String show(@PathVariable String id, TenantScope scope, Model model) {
        PlanView plan = plans.find(id, scope);
        model.addAttribute("plan", plan);
        model.addAttribute("canManage", schools.may(plan.urn(), scope, Need.MANAGE));
        model.addAttribute("canReview", schools.may(plan.urn(), scope, Need.SUPPORT));
        return "schools/action-plans/show";
    }

    @GetMapping("/schools/action-plans/{id}/rag-reviews/new")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','sle')")
    String newRagReview(@PathVariable String id, @RequestParam(required = false) @Nullable String objective,
            TenantScope scope, Model model) {
        PlanView plan = plans.find(id, scope);
        model.addAttribute("form", new Forms.RagReviewForm(objective, null, null, null,
                ActionPlanService.today().toString(), null, plan.version()));
        return ragPage(plan, model);
    }

    @PostMapping("/schools/action-plans/{id}/rag-reviews")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','sle')")
    String recordRagReview(@PathVariable String id, @Valid @ModelAttribute("form") Forms.RagReviewForm form,
            BindingResult errors, TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                plans.recordRagReview(id, version(form.version()), form, scope);
                return "redirect:/schools/action-plans/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            } catch (PreconditionFailedException e) {
                conflict(model, e, "/schools/action-plans/" + id + "/rag-reviews/new?objective=" + form.objectiveId());
            }
        }
        return ragPage(plans.find(id, scope), model);
    }

    @GetMapping("/schools/action-plans/{id}/objectives/new")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String newObjective(@PathVariable String id, TenantScope scope, Model model) {
        PlanView plan = plans.find(id, scope);
        model.addAttribute("form", new Forms.NewObjective(null, null, plan.version()));
        return objectivePage(plan, model);
    }

    @PostMapping("/schools/action-plans/{id}/objectives")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String addObjective(@PathVariable String id, @Valid @ModelAttribute("form") Forms.NewObjective form,
            BindingResult errors, TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                plans.addObjective(id, version(form.version()), form, scope);
                return "redirect:/schools/action-plans/" + id;
            } catch (PreconditionFailedException e) {
                conflict(model, e, "/schools/action-plans/" + id + "/objectives/new");
            }
        }
        return objectivePage(plans.find(id, scope), model);
    }

    @GetMapping("/schools/action-plans/{id}/actions/new")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String newAction(@PathVariable String id, @RequestParam(required = false) @Nullable String objective,
            TenantScope scope, Model model) {
        PlanView plan = plans.find(id, scope);
        model.addAttribute("form", new Forms.NewAction(objective, null, null, null, null, plan.version()));
        return actionPage(plan, model);
    }

    @PostMapping("/schools/action-plans/{id}/actions")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String addAction(@PathVariable String id, @Valid @ModelAttribute("form") Forms.NewAction form, BindingResult errors,
            TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                plans.addAction(id, version(form.version()), form, scope);
                return "redirect:/schools/action-plans/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            } catch (PreconditionFailedException e) {
                conflict(model, e, "/schools/action-plans/" + id + "/actions/new?objective=" + form.objectiveId());
            }
        }
        return actionPage(plans.find(id, scope), model);
    }

    @PostMapping("/schools/action-plans/{id}/actions/{actionId}")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead')")
    String updateAction(@PathVariable String id, @PathVariable String actionId,
            @Valid @ModelAttribute("form") Forms.ActionUpdate form, BindingResult errors, TenantScope scope) {
        if (!errors.hasErrors()) {
            try {
                plans.updateAction(id, actionId, version(form.version()), form, scope);
            } catch (PreconditionFailedException e) {
                return "redirect:/schools/action-plans/" + id + "?conflict";
            }
        }
        return "redirect:/schools/action-plans/" + id;
    }

    private static String ragPage(PlanView plan, Model model) {
        model.addAttribute("plan", plan);
        return "schools/action-plans/rag-review";
    }

    private static String objectivePage(PlanView plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("areas", ReviewAreas.AREAS);
        return "schools/action-plans/objective";
    }

    private static String actionPage(PlanView plan, Model model) {
        model.addAttribute("plan", plan);
        return "schools/action-plans/action";
    }

    private static long version(@Nullable Long version) {
        return version == null ? -1 : version;
    }

    private static void conflict(Model model, RuntimeException e, String reload) {
        model.addAttribute("conflict", e.getMessage());
        model.addAttribute("reloadHref", reload);
    }
}
