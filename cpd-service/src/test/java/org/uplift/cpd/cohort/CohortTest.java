package org.uplift.cpd.cohort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.uplift.contracts.cpd.BookingCancelled;
import org.uplift.contracts.cpd.BookingConfirmed;
import org.uplift.contracts.cpd.BookingLateCancelled;
import org.uplift.contracts.cpd.BookingOfferExpired;
import org.uplift.contracts.cpd.BookingOfferMade;
import org.uplift.contracts.cpd.BookingWaitlisted;
import org.uplift.contracts.cpd.ProgrammeCompleted;
import org.uplift.platform.problem.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of a cohort and its bookings without Spring or a database: what each change does to a booking and which
 * events and emails it causes. How changes travel between documents (counters, the queue) is covered by the ITs.
 */
class CohortTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Duration OFFER = Duration.ofHours(48);

    @Test
    void aPlacedBookingIsConfirmedWithItsEmailOrQueuedWithoutOne() {
        Cohort cohort = cohort(1, 1);
        Booking ann = placed(cohort, "ann", true, 1);
        Booking bob = placed(cohort, "bob", false, 2);

        assertThat(ann.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(ann.confirmedAt()).isEqualTo(NOW);
        assertThat(events(ann)).containsExactly(BookingConfirmed.class.getSimpleName());
        assertThat(ann.newMail).extracting(Mail::kind).containsExactly(Mail.Kind.CONFIRMATION);
        assertThat(bob.status()).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(bob.seq()).isEqualTo(2);
        assertThat(events(bob)).containsExactly(BookingWaitlisted.class.getSimpleName());
        assertThat(bob.newMail).isEmpty();
    }

    @Test
    void anOfferGoesOnlyToAQueuedBookingAndEndsAtItsTime() {
        Cohort cohort = cohort(1, 1);
        Booking ann = placed(cohort, "ann", true, 1);
        Booking bob = placed(cohort, "bob", false, 2);

        assertThatThrownBy(() -> ann.offer(cohort, NOW.plus(OFFER))).isInstanceOf(IllegalStateException.class);
        bob.offer(cohort, NOW.plus(OFFER));

        assertThat(bob.status()).isEqualTo(BookingStatus.OFFERED);
        assertThat(bob.newMail).extracting(Mail::kind).containsExactly(Mail.Kind.OFFER);
        assertThat(bob.offerExpiredAt(NOW.plus(OFFER).minusSeconds(1))).isFalse();
        assertThat(bob.offerExpiredAt(NOW.plus(OFFER))).isTrue();
        bob.expire(cohort, NOW.plus(OFFER));
        assertThat(bob.status()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(events(bob)).containsExactly(BookingWaitlisted.class.getSimpleName(),
                BookingOfferMade.class.getSimpleName(), BookingOfferExpired.class.getSimpleName());
        assertThatThrownBy(() -> bob.accept(cohort, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anAcceptedOfferIsAConfirmedPlaceFromTheWaitlistAndADeclinedOneACancellation() {
        Cohort cohort = cohort(1, 1);
        Booking bob = placed(cohort, "bob", false, 2);
        Booking cal = placed(cohort, "cal", false, 3);
        bob.offer(cohort, NOW.plus(OFFER));
        cal.offer(cohort, NOW.plus(OFFER));

        bob.accept(cohort, NOW);
        cal.decline(cohort, NOW);

        assertThat(bob.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(bob.raised.getLast().payload()).isInstanceOfSatisfying(BookingConfirmed.class,
                e -> assertThat(e.fromWaitlist()).isTrue());
        assertThat(cal.status()).isEqualTo(BookingStatus.DECLINED);
        assertThat(cal.raised.getLast().payload()).isInstanceOfSatisfying(BookingCancelled.class,
                e -> assertThat(e.previousState()).isEqualTo("OFFERED"));
    }

    @Test
    void aCancelledBookingSendsItsEmailAndCannotBeCancelledTwice() {
        Cohort cohort = cohort(1, 2);
        Booking ann = placed(cohort, "ann", true, 1);

        ann.cancel(cohort, NOW);

        assertThat(ann.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(ann.newMail).extracting(Mail::kind).contains(Mail.Kind.CANCELLATION);
        assertThatThrownBy(() -> ann.cancel(cohort, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void cancellingAConfirmedPlaceAfterTheCutOffIsLate() {
        Cohort cohort = cohort(1, 2);
        Booking ann = placed(cohort, "ann", true, 1);
        ann.raised.clear();

        ann.cancel(cohort, cohort.cancellationCutoff.plusSeconds(1));

        assertThat(ann.status()).isEqualTo(BookingStatus.LATE_CANCELLED);
        assertThat(events(ann)).containsExactly(BookingLateCancelled.class.getSimpleName());
    }

    @Test
    void completionFollowsTheProgrammesPercentageAndIsAnnouncedOnce() {
        Cohort cohort = cohort(5, 2);
        Booking ann = placed(cohort, "ann", true, 1);
        List<Session> sessions = cohort.sessions();

        for (int i = 0; i < 3; i++) {
            ann.attendance(cohort, sessions.get(i), true, NOW);
        }
        assertThat(ann.completedAt()).isNull();
        ann.attendance(cohort, sessions.get(3), true, NOW);
        ann.attendance(cohort, sessions.get(4), true, NOW);
        ann.attendance(cohort, sessions.get(4), true, NOW.plusSeconds(60));

        assertThat(ann.completedAt()).isEqualTo(NOW);
        assertThat(ann.attended()).hasSize(5);
        assertThat(ann.raised.stream().filter(r -> r.payload() instanceof ProgrammeCompleted)).hasSize(1);
    }

    @Test
    void theReminderIsDueOnceWithinTheLeadTimeAndQueuedOnceOnlyForConfirmedPlaces() {
        Cohort cohort = cohort(1, 1);
        Booking ann = placed(cohort, "ann", true, 1);
        Booking bob = placed(cohort, "bob", false, 2);
        Instant start = cohort.firstSession().startsAt();

        assertThat(cohort.reminderDue(start.minus(Duration.ofDays(3)), Duration.ofDays(2))).isFalse();
        assertThat(cohort.reminderDue(start.minus(Duration.ofDays(1)), Duration.ofDays(2))).isTrue();
        assertThat(cohort.reminderDue(start.plusSeconds(1), Duration.ofDays(2))).isFalse();
        cohort.reminderSent = true;
        assertThat(cohort.reminderDue(start.minus(Duration.ofDays(1)), Duration.ofDays(2))).isFalse();

        assertThat(ann.remind()).isTrue();
        assertThat(ann.remind()).isFalse();
        assertThat(bob.remind()).isFalse();
        assertThat(ann.newMail).extracting(Mail::kind).containsExactly(Mail.Kind.CONFIRMATION, Mail.Kind.REMINDER);
    }

    private static Cohort cohort(int sessions, int capacity) {
        List<Session> list = new ArrayList<>();
        LocalDate first = LocalDate.of(2027, 1, 14);
        for (int i = 0; i < sessions; i++) {
            list.add(new Session("s" + i, first.plusWeeks(i), LocalTime.of(9, 30), LocalTime.of(15, 30)));
        }
        Instant firstStart = list.getFirst().startsAt();
        return new Cohort("c1", "p1", "Programme", "EMSMH", "Cohort", list, "Venue", null, capacity,
                NOW.minus(Duration.ofDays(1)), firstStart.minus(Duration.ofDays(1)), firstStart.minus(Duration.ofDays(7)),
                List.of(), 80);
    }

    /** A booking as Places would place it once the cohort's counters decided. */
    private static Booking placed(Cohort cohort, String who, boolean confirmed, long seq) {
        Booking booking = Booking.request(cohort.id(), "pid-" + who, who, who + "@school.invalid", "990101", "856",
                "sub-" + who, who, NOW);
        booking.placed(cohort, confirmed, seq, NOW);
        return booking;
    }

    private static List<String> events(Booking booking) {
        return booking.raised.stream().map(r -> r.payload().getClass().getSimpleName()).toList();
    }
}
