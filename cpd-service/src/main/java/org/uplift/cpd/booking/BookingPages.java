package org.uplift.cpd.booking;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.uplift.cpd.cohort.BookingStatus;
import org.uplift.cpd.cohort.CohortService;
import org.uplift.cpd.cohort.CohortView;
import org.uplift.cpd.programme.ProgrammeService;
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;

/**
 * A cohort's page with its booking form, the caller's bookings with their actions, and certificates.
 * <p>
 * After a change the page redirects with what happened in the query ({@code ?booked=id}, {@code ?done=cancelled}):
 * the gateway keeps the browser's cookies to itself, so a session-held flash message would never arrive, and the
 * banner is worded from the booking as stored, never from text in the URL.
 */
@Controller
class BookingPages {

    private final CohortService cohorts;
    private final BookingService bookings;

    BookingPages(CohortService cohorts, BookingService bookings) {
        this.cohorts = cohorts;
        this.bookings = bookings;
    }

    @GetMapping("/cpd/cohorts/{id}")
    String cohort(@PathVariable String id, @RequestParam(required = false) @Nullable String done, TenantScope scope,
            Model model) {
        model.addAttribute("form", new BookingRequest(null, Caller.email()));
        Outcome.named(done).ifPresent(outcome -> model.addAttribute("notice", outcome.message));
        return cohortPage(id, scope, model);
    }

    @PostMapping("/cpd/cohorts/{id}/bookings")
    @PreAuthorize("hasAnyRole('teacher','school-lead')")
    String book(@PathVariable String id, @Valid @ModelAttribute("form") BookingRequest form, BindingResult errors,
            TenantScope scope, Model model) {
        if (!errors.hasErrors()) {
            try {
                BookingView booking = bookings.book(id, form, scope);
                return "redirect:/cpd/me?booked=" + booking.id();
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
    String mine(@RequestParam(required = false) @Nullable String booked, @RequestParam(required = false) @Nullable String done,
            TenantScope scope, Model model) {
        List<BookingView> mine = bookings.mine(scope);
        model.addAttribute("bookings", mine);
        mine.stream().filter(b -> b.id().equals(booked)).findFirst().map(BookingPages::bookedNotice)
                .ifPresent(notice -> model.addAttribute("notice", notice));
        Outcome.named(done).ifPresent(outcome -> model.addAttribute("notice", outcome.message));
        return "cpd/me";
    }

    @PostMapping("/cpd/bookings/{id}/cancel")
    String cancel(@PathVariable String id, TenantScope scope, Model model) {
        return act(id, () -> bookings.cancel(id, scope), Outcome.CANCELLED, scope, model);
    }

    @PostMapping("/cpd/bookings/{id}/accept")
    @PreAuthorize("hasAnyRole('teacher','school-lead')")
    String accept(@PathVariable String id, TenantScope scope, Model model) {
        return act(id, () -> bookings.accept(id, scope), Outcome.ACCEPTED, scope, model);
    }

    @PostMapping("/cpd/bookings/{id}/decline")
    @PreAuthorize("hasAnyRole('teacher','school-lead')")
    String decline(@PathVariable String id, TenantScope scope, Model model) {
        return act(id, () -> bookings.decline(id, scope), Outcome.DECLINED, scope, model);
    }

    @GetMapping("/cpd/bookings/{id}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable String id, TenantScope scope) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificate-" + id + ".pdf\"")
                .body(bookings.certificate(id, scope));
    }

    private String act(String bookingId, Supplier<BookingView> action, Outcome outcome, TenantScope scope, Model model) {
        boolean forSelfOrStaff = scope.hasAny(Role.TEACHER, Role.SCHOOL_LEAD);
        try {
            BookingView booking = action.get();
            String done = "?done=" + outcome.name().toLowerCase(Locale.ROOT);
            return forSelfOrStaff ? "redirect:/cpd/me" + done : "redirect:/cpd/cohorts/" + booking.cohortId() + done;
        } catch (ConflictException e) {
            // Shown at once on the page the action came from, with nothing changed.
            model.addAttribute("problem", e.getMessage());
            if (forSelfOrStaff) {
                model.addAttribute("bookings", bookings.mine(scope));
                return "cpd/me";
            }
            model.addAttribute("form", new BookingRequest(null, Caller.email()));
            return cohortPage(bookings.find(bookingId, scope).cohortId(), scope, model);
        }
    }

    private static String bookedNotice(BookingView booking) {
        return booking.status() == BookingStatus.WAITLISTED
                ? "The cohort is full. " + booking.participantName() + " is number " + booking.waitlistPosition() + " on the waitlist."
                : "Booking confirmed for " + booking.participantName() + ". A confirmation email is on its way.";
    }

    /** What a page says after a change; only these words can appear, whatever the query holds. */
    enum Outcome {
        CANCELLED("Booking cancelled."),
        ACCEPTED("Place accepted: your booking is confirmed."),
        DECLINED("Offer declined.");

        final String message;

        Outcome(String message) {
            this.message = message;
        }

        static Optional<Outcome> named(@Nullable String code) {
            return Arrays.stream(values()).filter(o -> o.name().equalsIgnoreCase(code)).findFirst();
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
