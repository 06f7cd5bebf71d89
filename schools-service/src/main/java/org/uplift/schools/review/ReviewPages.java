package org.uplift.schools.review;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.school.SchoolDirectory;
import org.uplift.schools.school.SchoolDirectory.Need;

/** A school's reviews: list, record (officers and assigned system leaders) and view. */
@Controller
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','sle')")
class ReviewPages {

    private final ReviewService reviews;
    private final SchoolDirectory schools;

    ReviewPages(ReviewService reviews, SchoolDirectory schools) {
        this.reviews = reviews;
        this.schools = schools;
    }

    @GetMapping("/schools/{urn:\\d{6}}/reviews")
    String list(@PathVariable String urn, TenantScope scope, Model model) {
        model.addAttribute("school", schools.require(urn, scope, Need.VIEW));
        model.addAttribute("reviews", reviews.forSchool(urn, scope));
        model.addAttribute("canRecord", schools.may(urn, scope, Need.SUPPORT));
        return "schools/reviews/index";
    }

    @GetMapping("/schools/{urn:\\d{6}}/reviews/new")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','sle')")
    String newReview(@PathVariable String urn, TenantScope scope, Model model) {
        model.addAttribute("school", schools.require(urn, scope, Need.SUPPORT));
        model.addAttribute("form", ReviewForm.empty());
        model.addAttribute("areas", ReviewAreas.AREAS);
        model.addAttribute("judgements", ReviewAreas.JUDGEMENTS);
        return "schools/reviews/new";
    }

    @PostMapping("/schools/{urn:\\d{6}}/reviews")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','sle')")
    String record(@PathVariable String urn, @Valid @ModelAttribute("form") ReviewForm form, BindingResult errors,
            TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/schools/" + urn + "/reviews/" + reviews.record(urn, form, scope).id();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            }
        }
        model.addAttribute("school", schools.require(urn, scope, Need.SUPPORT));
        model.addAttribute("areas", ReviewAreas.AREAS);
        model.addAttribute("judgements", ReviewAreas.JUDGEMENTS);
        return "schools/reviews/new";
    }

    @GetMapping("/schools/{urn:\\d{6}}/reviews/{id}")
    String show(@PathVariable String urn, @PathVariable String id, TenantScope scope, Model model) {
        model.addAttribute("review", reviews.find(urn, id, scope));
        model.addAttribute("canPlan", schools.may(urn, scope, Need.MANAGE));
        model.addAttribute("labels", new AreaLabels());
        return "schools/reviews/show";
    }

    /** Lets templates print "CPD" rather than "cpd". */
    static final class AreaLabels {
        public String of(String area) {
            return ReviewAreas.label(area);
        }
    }
}
