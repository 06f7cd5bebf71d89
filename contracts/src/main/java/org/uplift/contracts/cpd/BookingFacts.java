package org.uplift.contracts.cpd;

import java.time.LocalDate;

/**
 * What every booking and attendance event says about the place: which cohort of which programme run by which hub,
 * and the school and LA the participant books for (what reporting needs for uptake per school, LA, hub and project).
 * The participant is a pseudonymous id, never a name or email.
 */
public record BookingFacts(String bookingId, String cohortId, String programmeId, String hubCode,
        String participantId, String urn, String laCode, LocalDate firstSessionOn) {
}
