package org.uplift.contracts.schools;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A school's registered details as every event about it carries them in full, so the compacted school topic always
 * holds each school's latest state. {@code regionCode} is the ONS code of the LA's region.
 */
public record SchoolSnapshot(String urn, String laCode, String regionCode, String establishmentNumber, String name,
        String phase, String type, String status, @Nullable String trust, @Nullable String postcode,
        @Nullable LocalDate closedOn) {
}
