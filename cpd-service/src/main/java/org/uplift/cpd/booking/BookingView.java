package org.uplift.cpd.booking;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.uplift.cpd.cohort.Booking;
import org.uplift.cpd.cohort.BookingStatus;
import org.uplift.cpd.cohort.Cohort;

/** A booking as its participant, their school lead and the hub see it. {@code waitlistPosition} is 0 unless queued. */
record BookingView(String id, String cohortId, String programmeId, String programmeTitle, String cohortName,
        String participantName, String participantEmail, String urn, String laCode, BookingStatus status,
        int waitlistPosition, @Nullable Instant offerExpiresAt, Instant requestedAt, @Nullable Instant confirmedAt,
        @Nullable Instant cancelledAt, int attendedSessions, int totalSessions, boolean completed,
        Instant firstSessionAt, Instant cancellationCutoff) {

    static BookingView of(Cohort cohort, Booking b, int position) {
        return new BookingView(b.bookingId(), cohort.id(), cohort.programmeId(), cohort.programmeTitle(), cohort.name(),
                b.name(), b.email(), b.urn(), b.laCode(), b.status(), position, b.offerExpiresAt(), b.requestedAt(),
                b.confirmedAt(), b.cancelledAt(), b.attended().size(), cohort.sessions().size(), b.completedAt() != null,
                cohort.firstSession().startsAt(), cohort.cancellationCutoff());
    }
}
