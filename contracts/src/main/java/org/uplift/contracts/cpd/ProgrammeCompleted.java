package org.uplift.contracts.cpd;

/** A participant met the programme's completion rule (attended at least completionPercent of sessions). */
public record ProgrammeCompleted(BookingFacts booking, int attendedSessions, int totalSessions, int completionPercent) {
}
