package org.uplift.schools.school;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.uplift.schools.audit.AuditEntry;

/** A school as the API and pages show it, with its audit trail. */
record SchoolView(String urn, String laCode, String laName, String regionCode, String establishmentNumber,
        String laestab, String name, String phase, String type, String status, @Nullable String trust,
        @Nullable String postcode, @Nullable LocalDate closedOn, List<String> systemLeaders, long version,
        List<AuditEntry> audit) {
}
