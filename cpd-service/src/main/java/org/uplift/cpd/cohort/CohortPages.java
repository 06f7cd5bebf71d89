package org.uplift.cpd.cohort;

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
import org.uplift.cpd.programme.ProgrammeService;
import org.uplift.cpd.programme.ProgrammeView;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;

/** A programme with its cohorts, scheduling a cohort, and the hub's dashboard. */
@Controller
class CohortPages {

    private final ProgrammeService programmes;
    private final CohortService cohorts;

    CohortPages(ProgrammeService programmes, CohortService cohorts) {
        this.programmes = programmes;
        this.cohorts = cohorts;
    }

    @GetMapping("/cpd/programmes/{id}")
    String programme(@PathVariable String id, TenantScope scope, Model model) {
        ProgrammeView programme = programmes.find(id);
        model.addAttribute("programme", programme);
        model.addAttribute("cohorts", cohorts.ofProgramme(id));
        model.addAttribute("manages", ProgrammeService.manages(scope, programme.hubCode()));
        return "cpd/programme";
    }

    @GetMapping("/cpd/programmes/{id}/cohorts/new")
    @PreAuthorize("hasAnyRole('hub-lead','platform-admin')")
    String newCohort(@PathVariable String id, TenantScope scope, Model model) {
        ProgrammeView programme = programmes.findManaged(id, scope);
        model.addAttribute("form", CohortForm.empty(id, programme.sessionCount()));
        model.addAttribute("programme", programme);
        return "cpd/cohort-new";
    }

    @PostMapping("/cpd/cohorts")
    @PreAuthorize("hasAnyRole('hub-lead','platform-admin')")
    String publish(@Valid @ModelAttribute("form") @Nullable CohortForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable String programmeId, TenantScope scope, Model model) {
        if (programmeId == null) {
            throw new NotFoundException("programme", "");
        }
        ProgrammeView programme = programmes.findManaged(programmeId, scope);
        if (errors.getTarget() == null) {
            // A value that is not a number or date leaves no form object to redisplay: start the form again.
            model.addAttribute("form", CohortForm.empty(programme.id(), programme.sessionCount()));
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            model.addAttribute("programme", programme);
            return "cpd/cohort-new";
        }
        if (!errors.hasErrors()) {
            try {
                return "redirect:/cpd/cohorts/" + cohorts.publish(form, scope).id();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> {
                    if (p.field().contains("[") || p.field().equals("sessions")) {
                        errors.reject("invalid", p.message());
                    } else {
                        errors.rejectValue(p.field(), "invalid", p.message());
                    }
                });
            }
        }
        model.addAttribute("programme", programme);
        return "cpd/cohort-new";
    }

    @GetMapping("/cpd/hub")
    @PreAuthorize("hasAnyRole('hub-lead')")
    String hub(TenantScope scope, Model model) {
        model.addAttribute("hub", scope.hub());
        model.addAttribute("cohorts", scope.hub() == null ? java.util.List.of() : cohorts.ofHub(scope.hub()));
        return "cpd/hub";
    }
}
