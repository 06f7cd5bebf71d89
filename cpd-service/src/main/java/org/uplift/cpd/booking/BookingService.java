package org.uplift.cpd.booking;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.uplift.cpd.certificate.CertificatePdf;
import org.uplift.cpd.cohort.Booking;
import org.uplift.cpd.cohort.BookingStatus;
import org.uplift.cpd.cohort.BookingStore;
import org.uplift.cpd.cohort.Cohort;
import org.uplift.cpd.cohort.CohortStore;
import org.uplift.cpd.cohort.Places;
import org.uplift.cpd.programme.ProgrammeService;
import org.uplift.cpd.school.SchoolDirectory;
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;

/**
 * Booking, cancelling and answering offers, with the rules: the booking window, open schools only, the cohort's
 * eligible LAs, one active booking per person (by email) per cohort; teachers act for themselves, school leads for
 * their school's staff, hub leads for their hub's cohorts. Anything outside the caller's scope is 404.
 */
@Service
public class BookingService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(Cohort.ZONE);

    private final CohortStore cohorts;
    private final BookingStore store;
    private final Places places;
    private final SchoolDirectory schools;
    private final Clock clock;

    BookingService(CohortStore cohorts, BookingStore store, Places places, SchoolDirectory schools, Clock clock) {
        this.cohorts = cohorts;
        this.store = store;
        this.places = places;
        this.schools = schools;
        this.clock = clock;
    }

    BookingView book(String cohortId, BookingRequest request, TenantScope scope) {
        Instant now = clock.instant();
        boolean forStaff = request.name() != null && !request.name().isBlank();
        if (forStaff && !scope.has(Role.SCHOOL_LEAD)) {
            throw InvalidInputException.of("name", "Teachers book places for themselves only");
        }
        String urn = scope.urn();
        if (urn == null) {
            throw InvalidInputException.of("urn", "Your account is not linked to a school, so you cannot book");
        }
        String email = forStaff || (request.email() != null && !request.email().isBlank()) ? request.email() : Caller.email();
        if (email == null || email.isBlank()) {
            throw InvalidInputException.of("email", "Enter the email address to send the booking to");
        }
        String laCode = schoolLa(urn, scope);
        Cohort cohort = cohorts.header(cohortId);
        if (now.isBefore(cohort.bookingOpens())) {
            throw new ConflictException("Booking for this cohort opens on " + WHEN.format(cohort.bookingOpens()));
        }
        if (now.isAfter(cohort.bookingCloses())) {
            throw new ConflictException("Booking for this cohort closed on " + WHEN.format(cohort.bookingCloses()));
        }
        if (!cohort.eligibleLaCodes().isEmpty() && !cohort.eligibleLaCodes().contains(laCode)) {
            throw new ConflictException("This cohort is only open to schools in local authorities "
                    + String.join(", ", cohort.eligibleLaCodes()));
        }
        if (cohort.eligibleProjectId() != null && !schools.inProject(cohort.eligibleProjectId(), urn)) {
            throw new ConflictException("This cohort is only open to schools in improvement project "
                    + cohort.eligibleProjectId());
        }
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        Booking booking = Booking.request(cohortId, participantId(normalised),
                forStaff ? request.name().strip() : scope.displayName(), normalised, urn, laCode,
                forStaff ? null : scope.subject(), scope.username(), now);
        Places.Result result = places.book(cohort, booking);
        if (result.outcome() == Places.Outcome.ALREADY_BOOKED) {
            throw new ConflictException(normalised + " already has a place or is on the waitlist for this cohort");
        }
        return BookingView.of(cohort, result.booking(), result.position());
    }

    /** For seeding: books as {@code scope}, for staff when {@code name} is given, to {@code email}. */
    public String bookAs(String cohortId, @Nullable String name, String email, TenantScope scope) {
        return book(cohortId, new BookingRequest(name, email), scope).id();
    }

    BookingView find(String bookingId, TenantScope scope) {
        Booking booking = store.find(bookingId);
        Cohort cohort = cohorts.load(booking.cohortId());
        return view(cohort, visible(cohort, booking, scope));
    }

    BookingView cancel(String bookingId, TenantScope scope) {
        visibleBooking(bookingId, scope);
        return view(places.cancel(bookingId));
    }

    BookingView accept(String bookingId, TenantScope scope) {
        visibleBooking(bookingId, scope);
        return view(places.accept(bookingId));
    }

    BookingView decline(String bookingId, TenantScope scope) {
        visibleBooking(bookingId, scope);
        return view(places.decline(bookingId));
    }

    /** The completion certificate, for the participant, their school lead and the hub; 409 until completed. */
    byte[] certificate(String bookingId, TenantScope scope) {
        Booking booking = store.find(bookingId);
        Cohort cohort = cohorts.load(booking.cohortId());
        visible(cohort, booking, scope);
        if (booking.completedAt() == null) {
            throw new ConflictException("This booking has not met the programme's completion rule yet");
        }
        return CertificatePdf.render(new CertificatePdf.Content(booking.name(), cohort.programmeTitle(), cohort.name(),
                cohort.hubCode() + " Maths Hub", booking.completedAt().atZone(Cohort.ZONE).toLocalDate(),
                booking.attended().size(), cohort.sessions().size(), booking.bookingId()));
    }

    /** The caller's own bookings; a school lead also sees those of their school. */
    List<BookingView> mine(TenantScope scope) {
        String email = Caller.email();
        Map<String, Cohort> loaded = new HashMap<>();
        List<BookingView> views = new ArrayList<>();
        for (Booking booking : store.ofPerson(scope.subject(), email == null ? null : email.toLowerCase(Locale.ROOT),
                scope.has(Role.SCHOOL_LEAD) ? scope.urn() : null)) {
            views.add(view(loaded.computeIfAbsent(booking.cohortId(), cohorts::load), booking));
        }
        views.sort(Comparator.comparing(BookingView::firstSessionAt));
        return views;
    }

    /** A cohort's bookings in arrival order: all of them for its hub, the school's for a school lead, their own for a teacher. */
    List<BookingView> ofCohort(String cohortId, TenantScope scope) {
        Cohort cohort = cohorts.load(cohortId);
        boolean hub = ProgrammeService.manages(scope, cohort.hubCode());
        String email = Caller.email();
        List<BookingView> views = new ArrayList<>();
        int queued = 0;
        for (Booking b : store.ofCohort(cohortId)) {
            int position = b.status() == BookingStatus.WAITLISTED ? ++queued : 0;
            if (hub || isMine(b, scope, email)) {
                views.add(BookingView.of(cohort, b, position));
            }
        }
        return views;
    }

    /** Passes on every offer whose time is up; run on a schedule and callable directly. */
    int expireDueOffers() {
        return places.expireDueOffers();
    }

    private String schoolLa(String urn, TenantScope scope) {
        var school = schools.find(urn);
        if (school.isPresent()) {
            if (!school.get().open()) {
                throw new ConflictException("School " + urn + " is closed, so it cannot book CPD");
            }
            return school.get().laCode();
        }
        // Not announced by schools-service yet (events lag, or the school predates this service): the token's LA.
        if (scope.laCodes().size() == 1) {
            return scope.laCodes().iterator().next();
        }
        throw InvalidInputException.of("urn", "School " + urn + " is not known to the platform yet");
    }

    private void visibleBooking(String bookingId, TenantScope scope) {
        Booking booking = store.find(bookingId);
        visible(cohorts.load(booking.cohortId()), booking, scope);
    }

    private BookingView view(Booking booking) {
        return view(cohorts.load(booking.cohortId()), booking);
    }

    private BookingView view(Cohort cohort, Booking booking) {
        return BookingView.of(cohort, booking, store.waitlistPosition(booking));
    }

    private Booking visible(Cohort cohort, Booking booking, TenantScope scope) {
        if (ProgrammeService.manages(scope, cohort.hubCode()) || isMine(booking, scope, Caller.email())) {
            return booking;
        }
        throw new NotFoundException("booking", booking.bookingId());
    }

    private static boolean isMine(Booking booking, TenantScope scope, @Nullable String email) {
        return scope.subject().equals(booking.ownerSubject())
                || (email != null && email.equalsIgnoreCase(booking.email()))
                || (scope.has(Role.SCHOOL_LEAD) && booking.urn().equals(scope.urn()));
    }

    /** Pseudonymous and stable per person within cpd-service: events carry this, never the email. */
    static String participantId(String normalisedEmail) {
        return UUID.nameUUIDFromBytes(("uplift-cpd-participant:" + normalisedEmail).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
