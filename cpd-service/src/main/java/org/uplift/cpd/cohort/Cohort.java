package org.uplift.cpd.cohort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.contracts.cpd.BookingFacts;
import org.uplift.platform.events.OutboxEvent;
import org.uplift.platform.problem.NotFoundException;

/**
 * A cohort of a programme: its header (sessions, window, cut-off, eligibility) and the counters every booking decision
 * is taken on, in one small document. {@code held} counts confirmed places plus open offers, {@code waiting} queued
 * requests and {@code seq} the arrivals so far (each booking's place in the queue); one conditional {@code $inc} in
 * {@link CohortStore#takePlace} changes them, so capacity holds under any concurrency. The bookings themselves are
 * their own documents ({@link Booking}); {@link PlaceRepair} brings counters and bookings back together if a process
 * dies between the two writes.
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
    long seq;
    @Nullable Instant changedAt;
    List<String> registers = new ArrayList<>();
    boolean reminderSent;
    long version;
    List<OutboxEvent> outbox = new ArrayList<>();

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
    public List<String> registers() { return List.copyOf(registers); }

    public Session firstSession() {
        return sessions.stream().min(Comparator.comparing(Session::startsAt)).orElseThrow();
    }

    public Session session(String sessionId) {
        return sessions.stream().filter(s -> s.sessionId().equals(sessionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("session", sessionId));
    }

    public boolean completes(Booking booking) {
        return booking.attended.size() * 100 >= completionPercent * sessions.size();
    }

    public BookingFacts facts(Booking b) {
        return new BookingFacts(b.bookingId(), id, programmeId, hubCode, b.participantId(), b.urn(), b.laCode(),
                firstSession().date());
    }

    /** True once the first session is within {@code lead} (and has not started) and no reminder went out yet. */
    public boolean reminderDue(Instant now, Duration lead) {
        Instant start = firstSession().startsAt();
        return !reminderSent && !now.isBefore(start.minus(lead)) && !now.isAfter(start);
    }

    public boolean bookableAt(Instant now) {
        return !now.isBefore(bookingOpens) && !now.isAfter(bookingCloses);
    }

    public LocalDate lastSessionDate() {
        return sessions.stream().map(Session::date).max(Comparator.naturalOrder()).orElseThrow();
    }
}
