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
import org.uplift.platform.security.TenantScope;

/** The schools pages: search, register (with a GOV.UK error summary that keeps what was typed) and view. */
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

    @GetMapping("/schools/{urn}")
    String show(@PathVariable String urn, TenantScope scope, Model model) {
        model.addAttribute("school", schools.find(urn, scope));
        return "schools/show";
    }
}
