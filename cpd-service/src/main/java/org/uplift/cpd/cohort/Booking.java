package org.uplift.cpd.cohort;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One person's place (or place in the queue) in a cohort, kept inside the cohort document. {@code ownerSubject} is
 * the participant's account when they booked themself; {@code bookedBy} is who made the booking.
 * {@code participantId} is the pseudonymous id events carry instead of the name and email.
 */
public record Booking(String bookingId, String participantId, String name, String email, String urn, String laCode,
        @Nullable String ownerSubject, String bookedBy, BookingStatus status, Instant requestedAt,
        @Nullable Instant confirmedAt, @Nullable Instant offerExpiresAt, @Nullable Instant cancelledAt,
        List<String> attended, @Nullable Instant completedAt) {

    /** A new request, not yet placed: {@link CohortStore#book} decides whether it is confirmed or queued. */
    public static Booking request(String participantId, String name, String email, String urn, String laCode,
            @Nullable String ownerSubject, String bookedBy, Instant at) {
        return new Booking(java.util.UUID.randomUUID().toString(), participantId, name, email, urn, laCode,
                ownerSubject, bookedBy, BookingStatus.WAITLISTED, at, null, null, null, List.of(), null);
    }

    Booking with(BookingStatus next) {
        return new Booking(bookingId, participantId, name, email, urn, laCode, ownerSubject, bookedBy, next, requestedAt,
                confirmedAt, offerExpiresAt, cancelledAt, attended, completedAt);
    }

    public Booking confirmed(Instant at) {
        return new Booking(bookingId, participantId, name, email, urn, laCode, ownerSubject, bookedBy,
                BookingStatus.CONFIRMED, requestedAt, at, null, cancelledAt, attended, completedAt);
    }

    Booking offered(Instant expiresAt) {
        return new Booking(bookingId, participantId, name, email, urn, laCode, ownerSubject, bookedBy, BookingStatus.OFFERED,
                requestedAt, confirmedAt, expiresAt, cancelledAt, attended, completedAt);
    }

    Booking ended(BookingStatus end, Instant at) {
        return new Booking(bookingId, participantId, name, email, urn, laCode, ownerSubject, bookedBy, end, requestedAt,
                confirmedAt, offerExpiresAt, at, attended, completedAt);
    }

    Booking attendance(List<String> sessions, @Nullable Instant completed) {
        return new Booking(bookingId, participantId, name, email, urn, laCode, ownerSubject, bookedBy, status, requestedAt,
                confirmedAt, offerExpiresAt, cancelledAt, List.copyOf(sessions), completed);
    }
}
