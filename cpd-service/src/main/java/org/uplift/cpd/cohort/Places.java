package org.uplift.cpd.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.uplift.cpd.CpdProperties;
import org.uplift.platform.problem.ConflictException;

/**
 * Places in cohorts, over three kinds of document without transactions: the person's claim (unique per cohort), the
 * cohort's counters and the booking. Each step is one atomic write and the order is chosen so that a crash between
 * steps leaves only states {@link PlaceRepair} recognises and mends: a claim without a booking, counters that disagree
 * with the bookings, a free place while someone queues.
 */
@Component
public class Places {

    private static final int ATTEMPTS = 20;

    private final CohortStore cohorts;
    private final BookingStore bookings;
    private final Clock clock;
    private final CpdProperties properties;

    Places(CohortStore cohorts, BookingStore bookings, Clock clock, CpdProperties properties) {
        this.cohorts = cohorts;
        this.bookings = bookings;
        this.clock = clock;
        this.properties = properties;
    }

    /** How a booking attempt ended; for a waitlisted request, its place in the queue at that moment. */
    public record Result(Outcome outcome, Booking booking, int position) {
    }

    public enum Outcome { CONFIRMED, WAITLISTED, ALREADY_BOOKED }

    /**
     * Claim, then one conditional {@code $inc} on the cohort (confirmed, or the next number in the queue), then the
     * booking document with its events and email. Only the {@code $inc} touches the shared cohort document.
     */
    public Result book(Cohort cohort, Booking request) {
        Instant now = request.requestedAt;
        if (!claim(request, now)) {
            return new Result(Outcome.ALREADY_BOOKED, request, 0);
        }
        CohortStore.Taken taken = cohorts.takePlace(cohort, now);
        request.placed(cohort, taken.confirmed(), taken.seq(), now);
        bookings.insert(request, cohort);
        return new Result(taken.confirmed() ? Outcome.CONFIRMED : Outcome.WAITLISTED, request, taken.position());
    }

    public Booking cancel(String bookingId) {
        Instant now = clock.instant();
        return released(change(bookingId, (booking, cohort) -> booking.cancel(cohort, now)), now).booking();
    }

    public Booking decline(String bookingId) {
        Instant now = clock.instant();
        return released(change(bookingId, (booking, cohort) -> booking.decline(cohort, now)), now).booking();
    }

    /** Confirms an open offer; an offer whose time is up passes on instead, and the caller gets a 409. */
    public Booking accept(String bookingId) {
        Instant now = clock.instant();
        Changed changed = change(bookingId, (booking, cohort) -> {
            if (booking.offerExpiredAt(now)) {
                booking.expire(cohort, now);
            } else {
                booking.accept(cohort, now);
            }
        });
        if (changed.booking().status() == BookingStatus.EXPIRED) {
            released(changed, now);
            throw new ConflictException("This offer expired at " + changed.booking().offerExpiresAt() + " and has passed on");
        }
        return changed.booking();
    }

    /** Passes on every offer unanswered by now; the number passed on. */
    public int expireDueOffers() {
        Instant now = clock.instant();
        int expired = 0;
        for (Booking due : bookings.offersDueBy(now)) {
            Changed changed = released(change(due.bookingId, (booking, cohort) -> {
                if (booking.offerExpiredAt(now)) {
                    booking.expire(cohort, now);
                }
            }), now);
            expired += changed.booking().status() == BookingStatus.EXPIRED && changed.before() == BookingStatus.OFFERED ? 1 : 0;
        }
        return expired;
    }

    /** Offers free places to the head of the queue while there are both; the number of offers made. */
    int fill(Cohort cohort, Instant now) {
        int offered = 0;
        while (cohorts.reserveForQueue(cohort, now)) {
            if (!offerToHead(cohort, now)) {
                // the queued request is counted but its booking is not written yet: the sweep offers the place
                cohorts.unreserve(cohort.id, now);
                break;
            }
            offered++;
        }
        return offered;
    }

    private boolean offerToHead(Cohort cohort, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Booking> head = bookings.headOfQueue(cohort.id);
            if (head.isEmpty()) {
                return false;
            }
            head.get().offer(cohort, now.plus(properties.offerTtl()));
            if (bookings.commit(head.get(), cohort, now)) {
                return true;
            }
        }
        return false;
    }

    /** Claims the person's one active booking here, first clearing a claim left behind by an ended or lost booking. */
    private boolean claim(Booking request, Instant now) {
        if (bookings.claim(request, now)) {
            return true;
        }
        Optional<BookingStore.Claim> existing = bookings.claimOf(request.claimId());
        if (existing.isPresent() && !stale(existing.get(), now)) {
            return false;
        }
        existing.ifPresent(claim -> bookings.release(claim.id(), claim.bookingId()));
        return bookings.claim(request, now);
    }

    /** A claim whose booking has ended, or whose booking never appeared within the grace period (a crash). */
    boolean stale(BookingStore.Claim claim, Instant now) {
        return bookings.findIfAny(claim.bookingId()).map(b -> !b.status.active())
                .orElseGet(() -> claim.claimedAt().isBefore(now.minus(properties.repairGrace())));
    }

    private record Changed(Booking booking, BookingStatus before, Cohort cohort) {
    }

    /** Applies {@code action} to the booking and commits it with its events and emails, retrying on a concurrent change. */
    private Changed change(String bookingId, BiConsumer<Booking, Cohort> action) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Booking booking = bookings.find(bookingId);
            Cohort cohort = cohorts.load(booking.cohortId);
            BookingStatus before = booking.status;
            action.accept(booking, cohort);
            boolean unchanged = booking.raised.isEmpty() && booking.newMail.isEmpty();
            if (unchanged || bookings.commit(booking, cohort, clock.instant())) {
                return new Changed(booking, before, cohort);
            }
        }
        throw new OptimisticLockingFailureException("booking " + bookingId + " kept changing");
    }

    /** After a booking ended: the counters give back its place or queue entry, a freed place goes to the queue. */
    private Changed released(Changed changed, Instant now) {
        if (!changed.before().active() || changed.booking().status.active()) {
            return changed;
        }
        Booking ended = changed.booking();
        cohorts.free(ended.cohortId, changed.before() == BookingStatus.WAITLISTED, now);
        bookings.release(ended.claimId(), ended.bookingId);
        if (changed.before().holdsPlace()) {
            fill(changed.cohort(), now);
        }
        return changed;
    }
}
