package org.uplift.schools.visit;

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
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.PreconditionFailedException;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.school.SchoolDirectory;
import org.uplift.schools.school.SchoolDirectory.Need;

/** A school's support visits: list, record, view and sign off. */
@Controller
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','sle')")
class VisitPages {

    private final VisitService visits;
    private final SchoolDirectory schools;

    VisitPages(VisitService visits, SchoolDirectory schools) {
        this.visits = visits;
        this.schools = schools;
    }

    @GetMapping("/schools/{urn:\\d{6}}/visits")
    String list(@PathVariable String urn, TenantScope scope, Model model) {
        model.addAttribute("school", schools.require(urn, scope, Need.VIEW));
        model.addAttribute("visits", visits.forSchool(urn, scope));
        model.addAttribute("canRecord", schools.may(urn, scope, Need.SUPPORT));
        return "schools/visits/index";
    }

    @GetMapping("/schools/{urn:\\d{6}}/visits/new")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','sle')")
    String newVisit(@PathVariable String urn, TenantScope scope, Model model) {
        model.addAttribute("school", schools.require(urn, scope, Need.SUPPORT));
        model.addAttribute("form", VisitForm.empty());
        return "schools/visits/new";
    }

    @PostMapping("/schools/{urn:\\d{6}}/visits")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','sle')")
    String record(@PathVariable String urn, @Valid @ModelAttribute("form") VisitForm form, BindingResult errors,
            TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/schools/" + urn + "/visits/" + visits.record(urn, form, scope).id();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            }
        }
        model.addAttribute("school", schools.require(urn, scope, Need.SUPPORT));
        return "schools/visits/new";
    }

    @GetMapping("/schools/{urn:\\d{6}}/visits/{id}")
    String show(@PathVariable String urn, @PathVariable String id, @RequestParam(required = false) @Nullable String problem,
            TenantScope scope, Model model) {
        VisitView visit = visits.find(urn, id, scope);
        model.addAttribute("visit", visit);
        model.addAttribute("canSignOff", visit.signedOffBy() == null && schools.may(urn, scope, Need.SUPPORT)
                && !visit.visitor().equals(scope.displayName()));
        model.addAttribute("problem", problem);
        return "schools/visits/show";
    }

    @PostMapping("/schools/{urn:\\d{6}}/visits/{id}/sign-off")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','sle')")
    String signOff(@PathVariable String urn, @PathVariable String id, @RequestParam(required = false) @Nullable Long version,
            TenantScope scope) {
        try {
            visits.signOff(urn, id, version == null ? -1 : version, scope);
            return "redirect:/schools/" + urn + "/visits/" + id;
        } catch (PreconditionFailedException | ConflictException e) {
            return "redirect:/schools/" + urn + "/visits/" + id + "?problem=changed";
        }
    }
}
