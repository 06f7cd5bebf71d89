package org.uplift.cpd.cohort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Changes that touch every confirmed booking of a cohort: a session's register (and completion) and the reminder.
 * Each booking is its own write, so both are made idempotent per booking and the cohort is marked last: a crash
 * half-way leaves the register not taken (saving it again redoes it) or the reminder still due (the next sweep sends
 * the rest, the booking's {@code reminded} flag keeps anyone from getting two).
 */
@Component
public class Registers {

    private static final int ATTEMPTS = 20;

    private final CohortStore cohorts;
    private final BookingStore bookings;
    private final Clock clock;

    Registers(CohortStore cohorts, BookingStore bookings, Clock clock) {
        this.cohorts = cohorts;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** Records one session's register: confirmed participants in {@code present} attended, the others did not. */
    public void record(Cohort cohort, String sessionId, Set<String> present) {
        Session session = cohort.session(sessionId);
        Instant now = clock.instant();
        for (Booking listed : bookings.ofCohort(cohort.id)) {
            if (listed.status == BookingStatus.CONFIRMED) {
                commit(listed.bookingId, cohort, booking -> {
                    if (booking.status == BookingStatus.CONFIRMED) {
                        booking.attendance(cohort, session, present.contains(booking.bookingId), now);
                    }
                });
            }
        }
        cohorts.registerTaken(cohort.id, sessionId);
    }

    /** Queues the reminder to every confirmed participant once the first session is within {@code lead}. */
    public boolean remindIfDue(Cohort cohort, Duration lead) {
        if (!cohort.reminderDue(clock.instant(), lead)) {
            return false;
        }
        for (Booking listed : bookings.ofCohort(cohort.id)) {
            if (listed.status == BookingStatus.CONFIRMED) {
                commit(listed.bookingId, cohort, Booking::remind);
            }
        }
        cohorts.reminderSent(cohort.id);
        return true;
    }

    private void commit(String bookingId, Cohort cohort, java.util.function.Consumer<Booking> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Booking booking = bookings.find(bookingId);
            change.accept(booking);
            if ((booking.raised.isEmpty() && booking.newMail.isEmpty()) || bookings.commit(booking, cohort, clock.instant())) {
                return;
            }
        }
        throw new OptimisticLockingFailureException("booking " + bookingId + " kept changing");
    }
}
