package org.uplift.cpd.booking;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.security.TenantScope;

@RestController
class BookingController {

    private final BookingService bookings;

    BookingController(BookingService bookings) {
        this.bookings = bookings;
    }

    /** 201 with the confirmed place, or 202 when the cohort is full and the request joined the waitlist. */
    @PostMapping("/api/cpd/cohorts/{cohortId}/bookings")
    @PreAuthorize("hasAnyRole('teacher','school-lead')")
    ResponseEntity<BookingView> book(@PathVariable String cohortId,
            @Valid @RequestBody(required = false) @Nullable BookingRequest request, TenantScope scope) {
        BookingView booking = bookings.book(cohortId, request == null ? BookingRequest.empty() : request, scope);
        return ResponseEntity.status(booking.waitlistPosition() > 0 ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
                .location(URI.create("/api/cpd/bookings/" + booking.id())).body(booking);
    }

    @GetMapping("/api/cpd/cohorts/{cohortId}/bookings")
    @PreAuthorize("hasAnyRole('teacher','school-lead','hub-lead','platform-admin')")
    List<BookingView> ofCohort(@PathVariable String cohortId, TenantScope scope) {
        return bookings.ofCohort(cohortId, scope);
    }

    @GetMapping("/api/cpd/me/bookings")
    @PreAuthorize("hasAnyRole('teacher','school-lead')")
    List<BookingView> mine(TenantScope scope) {
        return bookings.mine(scope);
    }

    @GetMapping("/api/cpd/bookings/{id}")
    BookingView get(@PathVariable String id, TenantScope scope) {
        return bookings.find(id, scope);
    }

    @DeleteMapping("/api/cpd/bookings/{id}")
    @PreAuthorize("hasAnyRole('teacher','school-lead','hub-lead','platform-admin')")
    BookingView cancel(@PathVariable String id, TenantScope scope) {
        return bookings.cancel(id, scope);
    }

    @PostMapping("/api/cpd/bookings/{id}/accept")
    @PreAuthorize("hasAnyRole('teacher','school-lead')")
    BookingView accept(@PathVariable String id, TenantScope scope) {
        return bookings.accept(id, scope);
    }

    @GetMapping(path = "/api/cpd/bookings/{id}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> certificate(@PathVariable String id, TenantScope scope) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificate-" + id + ".pdf\"")
                .body(bookings.certificate(id, scope));
    }

    @PostMapping("/api/cpd/bookings/{id}/decline")
    @PreAuthorize("hasAnyRole('teacher','school-lead')")
    BookingView decline(@PathVariable String id, TenantScope scope) {
        return bookings.decline(id, scope);
    }
}
