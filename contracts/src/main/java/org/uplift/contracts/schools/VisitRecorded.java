package org.uplift.contracts.schools;

import java.time.LocalDate;
import java.util.List;

/** A system leader (SLE/NLE) recorded a support visit to a school; {@code visitor} is the professional's name. */
public record VisitRecorded(String visitId, String urn, String laCode, String regionCode, LocalDate visitDate,
        String term, String visitor, String purpose, List<String> focusAreas, int minutesSpent) {
}
