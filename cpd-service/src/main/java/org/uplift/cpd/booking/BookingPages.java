package org.uplift.cpd.booking;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uplift.cpd.cohort.CohortService;
import org.uplift.cpd.cohort.CohortView;
import org.uplift.cpd.programme.ProgrammeService;
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;

/** A cohort's page with its booking form, the caller's bookings with their actions, and certificates. */
@Controller
class BookingPages {

    private final CohortService cohorts;
    private final BookingService bookings;

    BookingPages(CohortService cohorts, BookingService bookings) {
        this.cohorts = cohorts;
        this.bookings = bookings;
    }

    @GetMapping("/cpd/cohorts/{id}")
    String cohort(@PathVariable String id, TenantScope scope, Model model) {
        model.addAttribute("form", new BookingRequest(null, Caller.email()));
        return cohortPage(id, scope, model);
    }

    @PostMapping("/cpd/cohorts/{id}/bookings")
    @PreAuthorize("hasAnyRole('teacher','school-lead')")
    String book(@PathVariable String id, @Valid @ModelAttribute("form") BookingRequest form, BindingResult errors,
            TenantScope scope, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                BookingView booking = bookings.book(id, form, scope);
                flash.addFlashAttribute("notice", booking.waitlistPosition() > 0
                        ? "The cohort is full. " + booking.participantName() + " is number " + booking.waitlistPosition() + " on the waitlist."
                        : "Booking confirmed for " + booking.participantName() + ". A confirmation email is on its way.");
                return "redirect:/cpd/me";
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.reject("invalid", p.message()));
            } catch (ConflictException e) {
                errors.reject("conflict", e.getMessage());
            }
        }
        return cohortPage(id, scope, model);
    }

    @GetMapping("/cpd/me")
    @PreAuthorize("hasAnyRole('teacher','school-lead')")
    String mine(TenantScope scope, Model model) {
        model.addAttribute("bookings", bookings.mine(scope));
        return "cpd/me";
    }

    @PostMapping("/cpd/bookings/{id}/cancel")
    String cancel(@PathVariable String id, TenantScope scope, RedirectAttributes flash) {
        return act(() -> bookings.cancel(id, scope), "Booking cancelled.", flash, scope);
    }

    @PostMapping("/cpd/bookings/{id}/accept")
    @PreAuthorize("hasAnyRole('teacher','school-lead')")
    String accept(@PathVariable String id, TenantScope scope, RedirectAttributes flash) {
        return act(() -> bookings.accept(id, scope), "Place accepted: your booking is confirmed.", flash, scope);
    }

    @PostMapping("/cpd/bookings/{id}/decline")
    @PreAuthorize("hasAnyRole('teacher','school-lead')")
    String decline(@PathVariable String id, TenantScope scope, RedirectAttributes flash) {
        return act(() -> bookings.decline(id, scope), "Offer declined.", flash, scope);
    }

    @GetMapping("/cpd/bookings/{id}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable String id, TenantScope scope) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificate-" + id + ".pdf\"")
                .body(bookings.certificate(id, scope));
    }

    private String act(java.util.function.Supplier<BookingView> action, String done, RedirectAttributes flash,
            TenantScope scope) {
        try {
            BookingView booking = action.get();
            flash.addFlashAttribute("notice", done);
            return scope.hasAny(Role.TEACHER, Role.SCHOOL_LEAD) ? "redirect:/cpd/me" : "redirect:/cpd/cohorts/" + booking.cohortId();
        } catch (ConflictException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/cpd/me";
        }
    }

    private String cohortPage(String id, TenantScope scope, Model model) {
        CohortView cohort = cohorts.find(id);
        model.addAttribute("cohort", cohort);
        model.addAttribute("bookings", bookings.ofCohort(id, scope));
        model.addAttribute("manages", ProgrammeService.manages(scope, cohort.hubCode()));
        model.addAttribute("canBook", scope.hasAny(Role.TEACHER, Role.SCHOOL_LEAD));
        model.addAttribute("forStaff", scope.has(Role.SCHOOL_LEAD));
        return "cpd/cohort";
    }
}
