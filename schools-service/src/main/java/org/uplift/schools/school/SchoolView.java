package org.uplift.schools.school;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A school as the API and pages show it. */
record SchoolView(String urn, String laCode, String laName, String regionCode, String establishmentNumber,
        String laestab, String name, String phase, String type, String status, @Nullable String trust,
        @Nullable String postcode, @Nullable LocalDate closedOn, long version) {
}
