package org.uplift.cpd.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.contracts.cpd.AttendanceRecorded;
import org.uplift.contracts.cpd.BookingCancelled;
import org.uplift.contracts.cpd.BookingConfirmed;
import org.uplift.contracts.cpd.BookingLateCancelled;
import org.uplift.contracts.cpd.BookingOfferExpired;
import org.uplift.contracts.cpd.BookingOfferMade;
import org.uplift.contracts.cpd.BookingWaitlisted;
import org.uplift.contracts.cpd.ProgrammeCompleted;
import org.uplift.platform.events.OutboxEvent;
import org.uplift.platform.problem.ConflictException;

/**
 * One person's place (or place in the queue) in a cohort: its own small document, carrying the events and emails its
 * changes cause, so every change of a booking is one atomic write however many bookings the cohort has. {@code seq}
 * is the arrival number the cohort handed out (the queue's order). {@code ownerSubject} is the participant's account
 * when they booked themself; {@code bookedBy} is who made the booking; {@code participantId} is the pseudonymous id
 * events carry instead of the name and email.
 */
@Document("bookings")
public class Booking {

    @Id
    String bookingId;
    String cohortId;
    long seq;
    String participantId;
    String name;
    String email;
    String urn;
    String laCode;
    @Nullable String ownerSubject;
    String bookedBy;
    BookingStatus status;
    Instant requestedAt;
    @Nullable Instant confirmedAt;
    @Nullable Instant offerExpiresAt;
    @Nullable Instant cancelledAt;
    List<String> attended = new ArrayList<>();
    @Nullable Instant completedAt;
    boolean reminded;
    Instant updatedAt;
    long version;
    List<Mail> mail = new ArrayList<>();
    List<OutboxEvent> outbox = new ArrayList<>();

    @Transient
    final List<Cohort.Raised> raised = new ArrayList<>();
    @Transient
    final List<Mail> newMail = new ArrayList<>();

    Booking() {
    }

    /** A new request, not yet placed: {@link Places#book} decides whether it is confirmed or queued. */
    public static Booking request(String cohortId, String participantId, String name, String email, String urn,
            String laCode, @Nullable String ownerSubject, String bookedBy, Instant at) {
        Booking b = new Booking();
        b.bookingId = UUID.randomUUID().toString();
        b.cohortId = cohortId;
        b.participantId = participantId;
        b.name = name;
        b.email = email;
        b.urn = urn;
        b.laCode = laCode;
        b.ownerSubject = ownerSubject;
        b.bookedBy = bookedBy;
        b.status = BookingStatus.WAITLISTED;
        b.requestedAt = at;
        b.updatedAt = at;
        return b;
    }

    public String bookingId() { return bookingId; }
    public String cohortId() { return cohortId; }
    public long seq() { return seq; }
    public String participantId() { return participantId; }
    public String name() { return name; }
    public String email() { return email; }
    public String urn() { return urn; }
    public String laCode() { return laCode; }
    public @Nullable String ownerSubject() { return ownerSubject; }
    public String bookedBy() { return bookedBy; }
    public BookingStatus status() { return status; }
    public Instant requestedAt() { return requestedAt; }
    public @Nullable Instant confirmedAt() { return confirmedAt; }
    public @Nullable Instant offerExpiresAt() { return offerExpiresAt; }
    public @Nullable Instant cancelledAt() { return cancelledAt; }
    public List<String> attended() { return List.copyOf(attended); }
    public @Nullable Instant completedAt() { return completedAt; }
    public List<Mail> mail() { return List.copyOf(mail); }

    /** The claim that makes "one active booking per person per cohort" exact: its id is unique in the database. */
    String claimId() {
        return cohortId + ":" + participantId;
    }

    /** Placed by the cohort's counters: a confirmed place (with its confirmation email) or the end of the queue. */
    void placed(Cohort cohort, boolean confirmed, long arrival, Instant now) {
        seq = arrival;
        if (confirmed) {
            status = BookingStatus.CONFIRMED;
            confirmedAt = now;
            raise(new BookingConfirmed(cohort.facts(this), false));
            mail(Mail.Kind.CONFIRMATION);
        } else {
            raise(new BookingWaitlisted(cohort.facts(this)));
        }
    }

    /** Cancels a place, a queue entry or an offer; after the cut-off a confirmed place counts as a late cancellation. */
    void cancel(Cohort cohort, Instant now) {
        if (!status.active()) {
            throw new ConflictException("This booking is already " + status.name().toLowerCase().replace('_', ' '));
        }
        BookingStatus before = status;
        boolean late = before == BookingStatus.CONFIRMED && now.isAfter(cohort.cancellationCutoff());
        end(late ? BookingStatus.LATE_CANCELLED : BookingStatus.CANCELLED, now);
        raise(late ? new BookingLateCancelled(cohort.facts(this)) : new BookingCancelled(cohort.facts(this), before.name()));
        mail(Mail.Kind.CANCELLATION);
    }

    boolean offerExpiredAt(Instant now) {
        return status == BookingStatus.OFFERED && offerExpiresAt != null && !now.isBefore(offerExpiresAt);
    }

    void accept(Cohort cohort, Instant now) {
        openOffer();
        status = BookingStatus.CONFIRMED;
        confirmedAt = now;
        offerExpiresAt = null;
        raise(new BookingConfirmed(cohort.facts(this), true));
        mail(Mail.Kind.CONFIRMATION);
    }

    void decline(Cohort cohort, Instant now) {
        openOffer();
        end(BookingStatus.DECLINED, now);
        raise(new BookingCancelled(cohort.facts(this), BookingStatus.OFFERED.name()));
    }

    void expire(Cohort cohort, Instant now) {
        openOffer();
        end(BookingStatus.EXPIRED, now);
        raise(new BookingOfferExpired(cohort.facts(this)));
    }

    /** The head of the queue is offered a freed place until {@code expiresAt}. */
    void offer(Cohort cohort, Instant expiresAt) {
        if (status != BookingStatus.WAITLISTED) {
            throw new IllegalStateException("only a queued booking can be offered a place, not " + status);
        }
        status = BookingStatus.OFFERED;
        offerExpiresAt = expiresAt;
        raise(new BookingOfferMade(cohort.facts(this), expiresAt));
        mail(Mail.Kind.OFFER);
    }

    /** One session's register for a confirmed place; completion is announced the first time the rule is met. */
    void attendance(Cohort cohort, Session session, boolean present, Instant now) {
        attended.remove(session.sessionId());
        if (present) {
            attended.add(session.sessionId());
        }
        int total = cohort.sessions().size();
        raise(new AttendanceRecorded(cohort.facts(this), session.sessionId(), session.date(), present,
                attended.size(), total));
        if (completedAt == null && cohort.completes(this)) {
            completedAt = now;
            raise(new ProgrammeCompleted(cohort.facts(this), attended.size(), total, cohort.completionPercent()));
        }
    }

    /** Queues the reminder for a confirmed place, once. */
    boolean remind() {
        if (status != BookingStatus.CONFIRMED || reminded) {
            return false;
        }
        reminded = true;
        mail(Mail.Kind.REMINDER);
        return true;
    }

    private void openOffer() {
        if (status != BookingStatus.OFFERED) {
            throw new ConflictException("There is no open offer for this booking");
        }
    }

    private void end(BookingStatus end, Instant at) {
        status = end;
        cancelledAt = at;
    }

    private void raise(Record payload) {
        raised.add(new Cohort.Raised(laCode, payload));
    }

    private void mail(Mail.Kind kind) {
        newMail.add(new Mail(UUID.randomUUID().toString(), kind, bookingId, 0));
    }
}
