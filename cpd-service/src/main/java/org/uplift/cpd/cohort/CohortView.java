package org.uplift.cpd.cohort;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A cohort with its numbers: {@code fillRate} is confirmed places over capacity, {@code attendanceRate} the share of
 * confirmed participants present over the registers taken so far (null before the first register), both in percent.
 */
public record CohortView(String id, String programmeId, String programmeTitle, String hubCode, String name,
        List<Session> sessions, @Nullable String venue, @Nullable String onlineLink, int capacity, int confirmed,
        int offered, int waitlist, int placesLeft, int fillRate, @Nullable Integer attendanceRate,
        Instant bookingOpens, Instant bookingCloses, Instant cancellationCutoff, List<String> eligibleLaCodes,
        @Nullable String eligibleProjectId, boolean bookingOpen, int registersTaken) {

    /** The cohort's numbers: places and queue from its counters, confirmed/offered/attendance from its bookings. */
    public static CohortView of(Cohort c, List<Booking> bookings, Instant now) {
        int confirmed = count(bookings, BookingStatus.CONFIRMED);
        int offered = count(bookings, BookingStatus.OFFERED);
        return new CohortView(c.id, c.programmeId, c.programmeTitle, c.hubCode, c.name, c.sessions(), c.venue,
                c.onlineLink, c.capacity, confirmed, offered, c.waiting, Math.max(0, c.capacity - c.held),
                c.capacity == 0 ? 0 : Math.round(confirmed * 100f / c.capacity), attendanceRate(c, bookings), c.bookingOpens,
                c.bookingCloses, c.cancellationCutoff, c.eligibleLaCodes(), c.eligibleProjectId, c.bookableAt(now),
                c.registers.size());
    }

    private static int count(List<Booking> bookings, BookingStatus status) {
        return (int) bookings.stream().filter(b -> b.status() == status).count();
    }

    private static @Nullable Integer attendanceRate(Cohort c, List<Booking> bookings) {
        List<Booking> attendees = bookings.stream().filter(b -> b.status() == BookingStatus.CONFIRMED).toList();
        if (c.registers.isEmpty() || attendees.isEmpty()) {
            return null;
        }
        long present = attendees.stream().mapToLong(b -> b.attended().stream().filter(c.registers::contains).count()).sum();
        return Math.round(present * 100f / (attendees.size() * c.registers.size()));
    }
}
