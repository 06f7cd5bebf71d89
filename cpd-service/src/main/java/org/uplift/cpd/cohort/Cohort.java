package org.uplift.cpd.cohort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.contracts.cpd.AttendanceRecorded;
import org.uplift.contracts.cpd.BookingCancelled;
import org.uplift.contracts.cpd.BookingConfirmed;
import org.uplift.contracts.cpd.BookingFacts;
import org.uplift.contracts.cpd.BookingLateCancelled;
import org.uplift.contracts.cpd.BookingOfferExpired;
import org.uplift.contracts.cpd.BookingOfferMade;
import org.uplift.contracts.cpd.ProgrammeCompleted;
import org.uplift.platform.events.OutboxEvent;
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.NotFoundException;

/**
 * A cohort of a programme and everything booked in it: the aggregate whose one document holds the sessions, the
 * bookings in arrival order (so the waitlist's order is the array's order), the counters the atomic booking update
 * checks ({@code held} = confirmed places plus open offers, {@code waiting}), the queue of emails to send and the
 * outbox. Booking itself is one conditional update in {@link CohortStore}; every other change goes through the
 * methods here and is committed with a version check.
 */
@Document("cohorts")
public class Cohort {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Id
    String id;
    @Indexed
    String programmeId;
    String programmeTitle;
    @Indexed
    String hubCode;
    String name;
    List<Session> sessions;
    @Nullable String venue;
    @Nullable String onlineLink;
    int capacity;
    Instant bookingOpens;
    Instant bookingCloses;
    Instant cancellationCutoff;
    List<String> eligibleLaCodes;
    @Nullable String eligibleProjectId;
    int completionPercent;
    int held;
    int waiting;
    List<String> activeParticipants = new ArrayList<>();
    List<Booking> bookings = new ArrayList<>();
    List<String> registers = new ArrayList<>();
    boolean reminderSent;
    List<Mail> mail = new ArrayList<>();
    long version;
    List<OutboxEvent> outbox = new ArrayList<>();

    @Transient
    final List<Raised> raised = new ArrayList<>();
    @Transient
    final List<Mail> newMail = new ArrayList<>();

    record Raised(String laCode, Record payload) {
    }

    Cohort(String id, String programmeId, String programmeTitle, String hubCode, String name, List<Session> sessions,
            @Nullable String venue, @Nullable String onlineLink, int capacity, Instant bookingOpens,
            Instant bookingCloses, Instant cancellationCutoff, List<String> eligibleLaCodes, int completionPercent) {
        this.id = id;
        this.programmeId = programmeId;
        this.programmeTitle = programmeTitle;
        this.hubCode = hubCode;
        this.name = name;
        this.sessions = sessions;
        this.venue = venue;
        this.onlineLink = onlineLink;
        this.capacity = capacity;
        this.bookingOpens = bookingOpens;
        this.bookingCloses = bookingCloses;
        this.cancellationCutoff = cancellationCutoff;
        this.eligibleLaCodes = eligibleLaCodes;
        this.completionPercent = completionPercent;
    }

    public String id() { return id; }
    public String programmeId() { return programmeId; }
    public String programmeTitle() { return programmeTitle; }
    public String hubCode() { return hubCode; }
    public String name() { return name; }
    public List<Session> sessions() { return List.copyOf(sessions); }
    public @Nullable String venue() { return venue; }
    public @Nullable String onlineLink() { return onlineLink; }
    public int capacity() { return capacity; }
    public int held() { return held; }
    public int waiting() { return waiting; }
    public Instant bookingOpens() { return bookingOpens; }
    public Instant bookingCloses() { return bookingCloses; }
    public Instant cancellationCutoff() { return cancellationCutoff; }
    public List<String> eligibleLaCodes() { return List.copyOf(eligibleLaCodes); }
    public @Nullable String eligibleProjectId() { return eligibleProjectId; }
    public int completionPercent() { return completionPercent; }
    public List<Booking> bookings() { return List.copyOf(bookings); }
    public List<String> registers() { return List.copyOf(registers); }
    public List<Mail> mail() { return List.copyOf(mail); }

    public Session firstSession() {
        return sessions.stream().min(Comparator.comparing(Session::startsAt)).orElseThrow();
    }

    public Optional<Booking> booking(String bookingId) {
        return bookings.stream().filter(b -> b.bookingId().equals(bookingId)).findFirst();
    }

    public Booking bookingOrThrow(String bookingId) {
        return booking(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
    }

    /** 1-based place in the queue, or 0 when the booking is not waitlisted. */
    public int waitlistPosition(String bookingId) {
        int position = 0;
        for (Booking b : bookings) {
            if (b.status() == BookingStatus.WAITLISTED) {
                position++;
                if (b.bookingId().equals(bookingId)) {
                    return position;
                }
            }
        }
        return 0;
    }

    public boolean completes(Booking booking) {
        return booking.attended().size() * 100 >= completionPercent * sessions.size();
    }

    public BookingFacts facts(Booking b) {
        return new BookingFacts(b.bookingId(), id, programmeId, hubCode, b.participantId(), b.urn(), b.laCode(),
                firstSession().date());
    }

    /** Cancels a place, a queue entry or an offer; after the cut-off a confirmed place counts as a late cancellation. */
    public void cancel(String bookingId, Instant now, Duration offerFor) {
        Booking booking = bookingOrThrow(bookingId);
        if (!booking.status().active()) {
            throw new ConflictException("This booking is already " + booking.status().name().toLowerCase().replace('_', ' '));
        }
        boolean late = booking.status() == BookingStatus.CONFIRMED && now.isAfter(cancellationCutoff);
        Booking ended = replace(booking.ended(late ? BookingStatus.LATE_CANCELLED : BookingStatus.CANCELLED, now));
        raise(ended, late ? new BookingLateCancelled(facts(ended)) : new BookingCancelled(facts(ended), booking.status().name()));
        mail(Mail.Kind.CANCELLATION, ended);
        release(booking, now, offerFor);
    }

    public void accept(String bookingId, Instant now, Duration offerFor) {
        Booking booking = bookingOrThrow(bookingId);
        if (booking.status() != BookingStatus.OFFERED) {
            throw new ConflictException("There is no open offer for this booking");
        }
        if (!now.isBefore(booking.offerExpiresAt())) {
            expire(booking, now, offerFor);
            throw new ConflictException("This offer expired at " + booking.offerExpiresAt() + " and has passed on");
        }
        Booking confirmed = replace(booking.confirmed(now));
        raise(confirmed, new BookingConfirmed(facts(confirmed), true));
        mail(Mail.Kind.CONFIRMATION, confirmed);
    }

    public void decline(String bookingId, Instant now, Duration offerFor) {
        Booking booking = bookingOrThrow(bookingId);
        if (booking.status() != BookingStatus.OFFERED) {
            throw new ConflictException("There is no open offer for this booking");
        }
        Booking declined = replace(booking.ended(BookingStatus.DECLINED, now));
        raise(declined, new BookingCancelled(facts(declined), BookingStatus.OFFERED.name()));
        release(booking, now, offerFor);
    }

    /** Passes on every offer unanswered by {@code now}; true if anything changed. */
    public boolean expireOffers(Instant now, Duration offerFor) {
        boolean changed = false;
        Optional<Booking> due;
        while ((due = bookings.stream().filter(b -> b.status() == BookingStatus.OFFERED
                && !now.isBefore(b.offerExpiresAt())).findFirst()).isPresent()) {
            expire(due.get(), now, offerFor);
            changed = true;
        }
        return changed;
    }

    /** Records one session's register: confirmed participants in {@code present} attended, the others did not. */
    public void recordAttendance(String sessionId, Set<String> present, Instant now) {
        Session session = sessions.stream().filter(s -> s.sessionId().equals(sessionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("session", sessionId));
        for (Booking booking : List.copyOf(bookings)) {
            if (booking.status() != BookingStatus.CONFIRMED) {
                continue;
            }
            List<String> attended = new ArrayList<>(booking.attended());
            attended.remove(sessionId);
            boolean here = present.contains(booking.bookingId());
            if (here) {
                attended.add(sessionId);
            }
            Booking updated = replace(booking.attendance(attended, booking.completedAt()));
            raise(updated, new AttendanceRecorded(facts(updated), sessionId, session.date(), here, attended.size(),
                    sessions.size()));
            if (updated.completedAt() == null && completes(updated)) {
                updated = replace(updated.attendance(attended, now));
                raise(updated, new ProgrammeCompleted(facts(updated), attended.size(), sessions.size(), completionPercent));
            }
        }
        if (!registers.contains(sessionId)) {
            registers.add(sessionId);
        }
    }

    /** Queues the reminder to every confirmed participant once the first session is within {@code lead}. */
    public boolean remindIfDue(Instant now, Duration lead) {
        Instant start = firstSession().startsAt();
        if (reminderSent || now.isBefore(start.minus(lead)) || now.isAfter(start)) {
            return false;
        }
        bookings.stream().filter(b -> b.status() == BookingStatus.CONFIRMED).forEach(b -> mail(Mail.Kind.REMINDER, b));
        reminderSent = true;
        return true;
    }

    public boolean bookableAt(Instant now) {
        return !now.isBefore(bookingOpens) && !now.isAfter(bookingCloses);
    }

    public LocalDate lastSessionDate() {
        return sessions.stream().map(Session::date).max(Comparator.naturalOrder()).orElseThrow();
    }

    private void expire(Booking offer, Instant now, Duration offerFor) {
        Booking expired = replace(offer.ended(BookingStatus.EXPIRED, now));
        raise(expired, new BookingOfferExpired(facts(expired)));
        release(offer, now, offerFor);
    }

    /** A place or queue entry was given up: the participant may book again, and a freed place goes to the queue. */
    private void release(Booking previous, Instant now, Duration offerFor) {
        activeParticipants.remove(previous.participantId());
        if (previous.status() == BookingStatus.WAITLISTED) {
            waiting--;
            return;
        }
        Optional<Booking> next = bookings.stream().filter(b -> b.status() == BookingStatus.WAITLISTED).findFirst();
        if (next.isEmpty()) {
            held--;
            return;
        }
        waiting--;
        Booking offered = replace(next.get().offered(now.plus(offerFor)));
        raise(offered, new BookingOfferMade(facts(offered), offered.offerExpiresAt()));
        mail(Mail.Kind.OFFER, offered);
    }

    private Booking replace(Booking updated) {
        for (int i = 0; i < bookings.size(); i++) {
            if (bookings.get(i).bookingId().equals(updated.bookingId())) {
                bookings.set(i, updated);
                return updated;
            }
        }
        throw new IllegalStateException("no booking " + updated.bookingId());
    }

    private void raise(Booking booking, Record payload) {
        raised.add(new Raised(booking.laCode(), payload));
    }

    private void mail(Mail.Kind kind, Booking booking) {
        newMail.add(new Mail(UUID.randomUUID().toString(), kind, booking.bookingId(), 0));
    }
}
