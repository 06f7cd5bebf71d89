package org.uplift.schools.visit;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.uplift.schools.audit.AuditEntry;

/** A visit as the API and pages show it. */
record VisitView(String id, String urn, String schoolName, LocalDate visitDate, String term, String visitor,
        String purpose, List<String> focusAreas, String notes, String followUps, int minutesSpent,
        @Nullable String signedOffBy, @Nullable LocalDate signedOffOn, long version, List<AuditEntry> audit) {
}
