package org.uplift.contracts.cpd;

import java.util.List;

import org.uplift.contracts.EventType;
import org.uplift.contracts.Topics;

/**
 * Events published by cpd-service. Programme and cohort state goes to the compacted programme topic (keyed by their
 * ids); bookings, attendance and completions are facts, so completions travel on the attendance topic, not on the
 * compacted programme topic where they would be compacted away.
 */
public final class CpdEventTypes {

    public static final EventType PROGRAMME_PUBLISHED = new EventType("programme.published", 1, Topics.PROGRAMME, ProgrammePublished.class);
    public static final EventType COHORT_PUBLISHED = new EventType("cohort.published", 1, Topics.PROGRAMME, CohortPublished.class);
    public static final EventType BOOKING_CONFIRMED = new EventType("booking.confirmed", 1, Topics.BOOKING, BookingConfirmed.class);
    public static final EventType BOOKING_WAITLISTED = new EventType("booking.waitlisted", 1, Topics.BOOKING, BookingWaitlisted.class);
    public static final EventType BOOKING_OFFER_MADE = new EventType("booking.offer-made", 1, Topics.BOOKING, BookingOfferMade.class);
    public static final EventType BOOKING_OFFER_EXPIRED = new EventType("booking.offer-expired", 1, Topics.BOOKING, BookingOfferExpired.class);
    public static final EventType BOOKING_CANCELLED = new EventType("booking.cancelled", 1, Topics.BOOKING, BookingCancelled.class);
    public static final EventType BOOKING_LATE_CANCELLED = new EventType("booking.late-cancelled", 1, Topics.BOOKING, BookingLateCancelled.class);
    public static final EventType ATTENDANCE_RECORDED = new EventType("attendance.recorded", 1, Topics.ATTENDANCE, AttendanceRecorded.class);
    public static final EventType PROGRAMME_COMPLETED = new EventType("programme.completed", 1, Topics.ATTENDANCE, ProgrammeCompleted.class);

    public static final List<EventType> ALL = List.of(PROGRAMME_PUBLISHED, COHORT_PUBLISHED, BOOKING_CONFIRMED,
            BOOKING_WAITLISTED, BOOKING_OFFER_MADE, BOOKING_OFFER_EXPIRED, BOOKING_CANCELLED, BOOKING_LATE_CANCELLED,
            ATTENDANCE_RECORDED, PROGRAMME_COMPLETED);

    private CpdEventTypes() {
    }
}
