package org.uplift.cpd.booking;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.uplift.cpd.CpdProperties;
import org.uplift.cpd.certificate.CertificatePdf;
import org.uplift.cpd.cohort.Booking;
import org.uplift.cpd.cohort.Cohort;
import org.uplift.cpd.cohort.CohortStore;
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

    private final CohortStore store;
    private final SchoolDirectory schools;
    private final Clock clock;
    private final CpdProperties properties;

    BookingService(CohortStore store, SchoolDirectory schools, Clock clock, CpdProperties properties) {
        this.store = store;
        this.schools = schools;
        this.clock = clock;
        this.properties = properties;
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
        Cohort cohort = store.header(cohortId);
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
        Booking booking = Booking.request(participantId(normalised), forStaff ? request.name().strip() : scope.displayName(),
                normalised, urn, laCode, forStaff ? null : scope.subject(), scope.username(), now);
        CohortStore.Result result = store.book(cohort, booking);
        return switch (result.outcome()) {
            case ALREADY_BOOKED -> throw new ConflictException(normalised + " already has a place or is on the waitlist for this cohort");
            case CONFIRMED -> BookingView.of(cohort, booking.confirmed(now), 0);
            case WAITLISTED -> BookingView.of(cohort, booking, result.position());
        };
    }

    /** For seeding: books as {@code scope}, for staff when {@code name} is given, to {@code email}. */
    public String bookAs(String cohortId, @Nullable String name, String email, TenantScope scope) {
        return book(cohortId, new BookingRequest(name, email), scope).id();
    }

    BookingView find(String bookingId, TenantScope scope) {
        Cohort cohort = store.withBooking(bookingId);
        return BookingView.of(cohort, visible(cohort, cohort.bookingOrThrow(bookingId), scope));
    }

    BookingView cancel(String bookingId, TenantScope scope) {
        String cohortId = visibleCohort(bookingId, scope);
        return store.modify(cohortId, cohort -> {
            cohort.cancel(bookingId, clock.instant(), properties.offerTtl());
            return BookingView.of(cohort, cohort.bookingOrThrow(bookingId));
        });
    }

    BookingView accept(String bookingId, TenantScope scope) {
        String cohortId = visibleCohort(bookingId, scope);
        ConflictException[] refused = new ConflictException[1];
        BookingView view = store.modify(cohortId, cohort -> {
            refused[0] = null;
            try {
                cohort.accept(bookingId, clock.instant(), properties.offerTtl());
            } catch (ConflictException e) {
                refused[0] = e;
            }
            return BookingView.of(cohort, cohort.bookingOrThrow(bookingId));
        });
        if (refused[0] != null) {
            throw refused[0];
        }
        return view;
    }

    BookingView decline(String bookingId, TenantScope scope) {
        String cohortId = visibleCohort(bookingId, scope);
        return store.modify(cohortId, cohort -> {
            cohort.decline(bookingId, clock.instant(), properties.offerTtl());
            return BookingView.of(cohort, cohort.bookingOrThrow(bookingId));
        });
    }

    /** The completion certificate, for the participant, their school lead and the hub; 409 until completed. */
    byte[] certificate(String bookingId, TenantScope scope) {
        Cohort cohort = store.withBooking(bookingId);
        Booking booking = visible(cohort, cohort.bookingOrThrow(bookingId), scope);
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
        List<Criteria> mine = new ArrayList<>(List.of(Criteria.where("bookings.ownerSubject").is(scope.subject())));
        if (email != null) {
            mine.add(Criteria.where("bookings.email").is(email.toLowerCase(Locale.ROOT)));
        }
        if (scope.has(Role.SCHOOL_LEAD) && scope.urn() != null) {
            mine.add(Criteria.where("bookings.urn").is(scope.urn()));
        }
        List<BookingView> views = new ArrayList<>();
        for (Cohort cohort : store.find(new Criteria().orOperator(mine), Sort.by("_id"))) {
            cohort.bookings().stream().filter(b -> isMine(b, scope, email))
                    .forEach(b -> views.add(BookingView.of(cohort, b)));
        }
        views.sort(Comparator.comparing(BookingView::firstSessionAt));
        return views;
    }

    /** A cohort's bookings: all of them for its hub, the school's for a school lead, their own for a teacher. */
    List<BookingView> ofCohort(String cohortId, TenantScope scope) {
        Cohort cohort = store.load(cohortId);
        boolean hub = ProgrammeService.manages(scope, cohort.hubCode());
        String email = Caller.email();
        return cohort.bookings().stream().filter(b -> hub || isMine(b, scope, email))
                .map(b -> BookingView.of(cohort, b)).toList();
    }

    /** Passes on every offer whose time is up; run on a schedule and callable directly. */
    int expireDueOffers() {
        Instant now = clock.instant();
        int changed = 0;
        for (Cohort due : store.withOffersDueBy(now)) {
            if (store.modify(due.id(), cohort -> cohort.expireOffers(now, properties.offerTtl()))) {
                changed++;
            }
        }
        return changed;
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

    private String visibleCohort(String bookingId, TenantScope scope) {
        Cohort cohort = store.withBooking(bookingId);
        visible(cohort, cohort.bookingOrThrow(bookingId), scope);
        return cohort.id();
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
