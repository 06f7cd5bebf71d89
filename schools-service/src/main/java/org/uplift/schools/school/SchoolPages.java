package org.uplift.schools.school;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.PreconditionFailedException;
import org.uplift.platform.security.TenantScope;

/**
 * The schools pages: search, register, view, change, close and assign system leaders. Forms keep what was typed and
 * show a GOV.UK error summary; a stale version shows a conflict message and keeps the form.
 */
@Controller
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','sle','hub-lead','teacher')")
class SchoolPages {

    private final SchoolService schools;

    SchoolPages(SchoolService schools) {
        this.schools = schools;
    }

    @GetMapping("/schools")
    String search(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
            TenantScope scope, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", schools.search(null, null, q, PageRequest.of(Math.max(page, 0), 25), scope));
        return "schools/index";
    }

    @GetMapping("/schools/new")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String newSchool(Model model) {
        model.addAttribute("form", SchoolForm.empty());
        model.addAttribute("phases", SchoolForm.PHASES);
        return "schools/new";
    }

    @PostMapping("/schools")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String register(@Valid @ModelAttribute("form") SchoolForm form, BindingResult errors, TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/schools/" + schools.register(form, scope).urn();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            } catch (ConflictException e) {
                errors.rejectValue("urn", "duplicate", e.getMessage());
            }
        }
        model.addAttribute("phases", SchoolForm.PHASES);
        return "schools/new";
    }

    @GetMapping("/schools/{urn:\\d{6}}")
    String show(@PathVariable String urn, TenantScope scope, Model model) {
        model.addAttribute("school", schools.find(urn, scope));
        return "schools/show";
    }

    @GetMapping("/schools/{urn:\\d{6}}/edit")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String edit(@PathVariable String urn, TenantScope scope, Model model) {
        SchoolView school = schools.find(urn, scope);
        model.addAttribute("school", school);
        model.addAttribute("form", SchoolChangeForm.of(school));
        model.addAttribute("phases", SchoolForm.PHASES);
        return "schools/edit";
    }

    @PostMapping("/schools/{urn:\\d{6}}")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String change(@PathVariable String urn, @Valid @ModelAttribute("form") SchoolChangeForm form, BindingResult errors,
            TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                schools.change(urn, version(form.version()), form, scope);
                return "redirect:/schools/" + urn;
            } catch (PreconditionFailedException e) {
                conflict(model, e, "/schools/" + urn + "/edit");
            }
        }
        model.addAttribute("school", schools.find(urn, scope));
        model.addAttribute("phases", SchoolForm.PHASES);
        return "schools/edit";
    }

    @GetMapping("/schools/{urn:\\d{6}}/close")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String closeForm(@PathVariable String urn, TenantScope scope, Model model) {
        SchoolView school = schools.find(urn, scope);
        model.addAttribute("school", school);
        model.addAttribute("form", new SchoolClosureForm(null, school.version()));
        return "schools/close";
    }

    @PostMapping("/schools/{urn:\\d{6}}/close")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String close(@PathVariable String urn, @ModelAttribute("form") SchoolClosureForm form, BindingResult errors,
            TenantScope scope, Model model) {
        try {
            schools.close(urn, version(form.version()), form, scope);
            return "redirect:/schools/" + urn;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
        } catch (PreconditionFailedException | ConflictException e) {
            conflict(model, e, "/schools/" + urn);
        }
        model.addAttribute("school", schools.find(urn, scope));
        return "schools/close";
    }

    @GetMapping("/schools/{urn:\\d{6}}/system-leaders")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String leadersForm(@PathVariable String urn, TenantScope scope, Model model) {
        SchoolView school = schools.find(urn, scope);
        model.addAttribute("school", school);
        model.addAttribute("form", new SystemLeadersForm(String.join(", ", school.systemLeaders()), school.version()));
        return "schools/system-leaders";
    }

    @PostMapping("/schools/{urn:\\d{6}}/system-leaders")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    String assign(@PathVariable String urn, @Valid @ModelAttribute("form") SystemLeadersForm form, BindingResult errors,
            TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                schools.assignSystemLeaders(urn, version(form.version()), form, scope);
                return "redirect:/schools/" + urn;
            } catch (PreconditionFailedException e) {
                conflict(model, e, "/schools/" + urn + "/system-leaders");
            }
        }
        model.addAttribute("school", schools.find(urn, scope));
        return "schools/system-leaders";
    }

    private static long version(@Nullable Long version) {
        return version == null ? -1 : version;
    }

    private static void conflict(Model model, RuntimeException e, String reload) {
        model.addAttribute("conflict", e.getMessage());
        model.addAttribute("reloadHref", reload);
    }
}
