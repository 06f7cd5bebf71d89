package org.uplift.contracts.cpd;

import java.time.LocalDate;

/** The hub recorded whether a participant attended one session. */
public record AttendanceRecorded(BookingFacts booking, String sessionId, LocalDate sessionOn, boolean present, int attendedSessions, int totalSessions) {
}
