package org.uplift.cpd.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One session of a cohort, in UK local time. */
public record Session(String sessionId, LocalDate date, LocalTime start, LocalTime end) {

    public Instant startsAt() {
        return date.atTime(start).atZone(Cohort.ZONE).toInstant();
    }

    public Instant endsAt() {
        return date.atTime(end).atZone(Cohort.ZONE).toInstant();
    }
}
