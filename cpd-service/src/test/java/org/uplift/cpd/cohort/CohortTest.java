package org.uplift.cpd.cohort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.uplift.contracts.cpd.BookingLateCancelled;
import org.uplift.contracts.cpd.BookingOfferExpired;
import org.uplift.contracts.cpd.BookingOfferMade;
import org.uplift.contracts.cpd.ProgrammeCompleted;
import org.uplift.platform.problem.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cohort's rules without Spring or a database: what each change does to places, the queue and the events. */
class CohortTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Duration OFFER = Duration.ofHours(48);

    @Test
    void aFreedPlaceIsOfferedToTheHeadOfTheQueueAndPassesOnWhenTheOfferExpires() {
        Cohort cohort = cohort(1, 5);
        Booking ann = add(cohort, "ann", BookingStatus.CONFIRMED);
        Booking bob = add(cohort, "bob", BookingStatus.WAITLISTED);
        Booking cal = add(cohort, "cal", BookingStatus.WAITLISTED);

        cohort.cancel(ann.bookingId(), NOW, OFFER);

        assertThat(cohort.bookingOrThrow(bob.bookingId()).status()).isEqualTo(BookingStatus.OFFERED);
        assertThat(cohort.waitlistPosition(cal.bookingId())).isEqualTo(1);
        assertThat(cohort.held).isEqualTo(1);
        assertThat(cohort.expireOffers(NOW.plus(OFFER).minusSeconds(1), OFFER)).isFalse();
        assertThat(cohort.expireOffers(NOW.plus(OFFER), OFFER)).isTrue();
        assertThat(cohort.bookingOrThrow(bob.bookingId()).status()).isEqualTo(BookingStatus.EXPIRED);
        assertThat(cohort.bookingOrThrow(cal.bookingId()).status()).isEqualTo(BookingStatus.OFFERED);
        assertThat(cohort.waiting).isZero();
        assertThat(cohort.raised).extracting(r -> r.payload().getClass().getSimpleName())
                .contains(BookingOfferMade.class.getSimpleName(), BookingOfferExpired.class.getSimpleName());
        assertThat(cohort.newMail).extracting(Mail::kind).contains(Mail.Kind.CANCELLATION, Mail.Kind.OFFER);
    }

    @Test
    void theLastCancellationWithNobodyQueueingGivesThePlaceBack() {
        Cohort cohort = cohort(1, 2);
        Booking ann = add(cohort, "ann", BookingStatus.CONFIRMED);

        cohort.cancel(ann.bookingId(), NOW, OFFER);

        assertThat(cohort.held).isZero();
        assertThat(cohort.activeParticipants).isEmpty();
        assertThatThrownBy(() -> cohort.cancel(ann.bookingId(), NOW, OFFER)).isInstanceOf(ConflictException.class);
    }

    @Test
    void cancellingAConfirmedPlaceAfterTheCutOffIsLate() {
        Cohort cohort = cohort(1, 2);
        Booking ann = add(cohort, "ann", BookingStatus.CONFIRMED);

        cohort.cancel(ann.bookingId(), cohort.cancellationCutoff.plusSeconds(1), OFFER);

        assertThat(cohort.bookingOrThrow(ann.bookingId()).status()).isEqualTo(BookingStatus.LATE_CANCELLED);
        assertThat(cohort.raised).extracting(r -> r.payload().getClass().getSimpleName())
                .containsExactly(BookingLateCancelled.class.getSimpleName());
    }

    @Test
    void completionFollowsTheProgrammesPercentageAndIsAnnouncedOnce() {
        Cohort cohort = cohort(5, 2);
        Booking ann = add(cohort, "ann", BookingStatus.CONFIRMED);
        List<Session> sessions = cohort.sessions();

        for (int i = 0; i < 3; i++) {
            cohort.recordAttendance(sessions.get(i).sessionId(), Set.of(ann.bookingId()), NOW);
        }
        assertThat(cohort.bookingOrThrow(ann.bookingId()).completedAt()).isNull();
        cohort.recordAttendance(sessions.get(3).sessionId(), Set.of(ann.bookingId()), NOW);
        cohort.recordAttendance(sessions.get(4).sessionId(), Set.of(ann.bookingId()), NOW);

        assertThat(cohort.bookingOrThrow(ann.bookingId()).completedAt()).isEqualTo(NOW);
        assertThat(cohort.raised.stream().filter(r -> r.payload() instanceof ProgrammeCompleted)).hasSize(1);
    }

    @Test
    void theReminderIsQueuedOnceWithinTheLeadTimeOnlyForConfirmedPlaces() {
        Cohort cohort = cohort(1, 1);
        add(cohort, "ann", BookingStatus.CONFIRMED);
        add(cohort, "bob", BookingStatus.WAITLISTED);
        Instant start = cohort.firstSession().startsAt();

        assertThat(cohort.remindIfDue(start.minus(Duration.ofDays(3)), Duration.ofDays(2))).isFalse();
        assertThat(cohort.remindIfDue(start.minus(Duration.ofDays(1)), Duration.ofDays(2))).isTrue();
        assertThat(cohort.remindIfDue(start.minus(Duration.ofHours(1)), Duration.ofDays(2))).isFalse();
        assertThat(cohort.newMail).extracting(Mail::kind).containsExactly(Mail.Kind.REMINDER);
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

    /** Places a booking the way CohortStore's atomic update would. */
    private static Booking add(Cohort cohort, String who, BookingStatus status) {
        Booking request = Booking.request("pid-" + who, who, who + "@school.invalid", "990101", "856", "sub-" + who, who, NOW);
        Booking booking = status == BookingStatus.CONFIRMED ? request.confirmed(NOW) : request;
        cohort.bookings.add(booking);
        cohort.activeParticipants.add(booking.participantId());
        if (status == BookingStatus.CONFIRMED) {
            cohort.held++;
        } else {
            cohort.waiting++;
        }
        return booking;
    }
}
