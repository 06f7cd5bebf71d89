package org.uplift.schools.project;

import java.util.function.Supplier;

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
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.PreconditionFailedException;
import org.uplift.platform.security.TenantScope;

/**
 * Project pages: list, start, and one page per project whose small forms (add a school, a budget line, a governance
 * meeting, a termly evaluation) each keep what was typed when something is wrong.
 */
@Controller
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','teacher')")
class ProjectPages {

    private final ProjectService projects;

    ProjectPages(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping("/schools/projects")
    String list(TenantScope scope, Model model) {
        model.addAttribute("projects", projects.visible(scope));
        return "schools/projects/index";
    }

    @GetMapping("/schools/projects/new")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String newProject(TenantScope scope, Model model) {
        String la = scope.laCodes().isEmpty() ? null : scope.laCodes().iterator().next();
        model.addAttribute("form", new ProjectForms.Details(null, la, null, null, null, null, null));
        model.addAttribute("groups", String.join(", ", ProjectForms.TARGET_GROUPS));
        return "schools/projects/new";
    }

    @PostMapping("/schools/projects")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String create(@Valid @ModelAttribute("form") ProjectForms.Details form, BindingResult errors, TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/schools/projects/" + projects.create(form, scope).id();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            }
        }
        model.addAttribute("groups", String.join(", ", ProjectForms.TARGET_GROUPS));
        return "schools/projects/new";
    }

    @GetMapping("/schools/projects/{id}")
    String show(@PathVariable String id, TenantScope scope, Model model) {
        ProjectView project = projects.find(id, scope);
        return show(project, scope, model);
    }

    @PostMapping("/schools/projects/{id}/schools")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String addSchool(@PathVariable String id, @Valid @ModelAttribute("schoolForm") ProjectForms.NewMember form,
            BindingResult errors, TenantScope scope, Model model) {
        return apply(id, errors, scope, model, "urn", () -> projects.addSchool(id, version(form.version()), form.urn(), scope));
    }

    @PostMapping("/schools/projects/{id}/budget-lines")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String budgetLine(@PathVariable String id, @Valid @ModelAttribute("budgetForm") ProjectForms.NewBudgetLine form,
            BindingResult errors, TenantScope scope, Model model) {
        return apply(id, errors, scope, model, "category", () -> projects.setBudgetLine(id, version(form.version()), form, scope));
    }

    @PostMapping("/schools/projects/{id}/meetings")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String meeting(@PathVariable String id, @Valid @ModelAttribute("meetingForm") ProjectForms.NewMeeting form,
            BindingResult errors, TenantScope scope, Model model) {
        return apply(id, errors, scope, model, "date", () -> projects.addMeeting(id, version(form.version()), form, scope));
    }

    @PostMapping("/schools/projects/{id}/evaluations")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String evaluation(@PathVariable String id, @Valid @ModelAttribute("evaluationForm") ProjectForms.NewEvaluation form,
            BindingResult errors, TenantScope scope, Model model) {
        return apply(id, errors, scope, model, "term", () -> projects.addEvaluation(id, version(form.version()), form, scope));
    }

    private String apply(String id, BindingResult errors, TenantScope scope, Model model, String firstField,
            Supplier<ProjectView> change) {
        if (!errors.hasErrors()) {
            try {
                change.get();
                return "redirect:/schools/projects/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            } catch (ConflictException e) {
                errors.rejectValue(firstField, "conflict", e.getMessage());
            } catch (PreconditionFailedException e) {
                model.addAttribute("conflict", e.getMessage());
                model.addAttribute("reloadHref", "/schools/projects/" + id);
            }
        }
        return show(projects.find(id, scope), scope, model);
    }

    private String show(ProjectView project, TenantScope scope, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("canManage", projects.canManage(project, scope));
        Long version = project.version();
        if (!model.containsAttribute("schoolForm")) {
            model.addAttribute("schoolForm", new ProjectForms.NewMember(null, version));
        }
        if (!model.containsAttribute("budgetForm")) {
            model.addAttribute("budgetForm", new ProjectForms.NewBudgetLine(null, null, null, version));
        }
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", new ProjectForms.NewMeeting(null, null, null, version));
        }
        if (!model.containsAttribute("evaluationForm")) {
            model.addAttribute("evaluationForm", new ProjectForms.NewEvaluation(null, null, version));
        }
        return "schools/projects/show";
    }

    private static long version(@Nullable Long version) {
        return version == null ? -1 : version;
    }
}
