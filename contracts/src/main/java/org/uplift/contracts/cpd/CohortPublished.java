package org.uplift.contracts.cpd;

import java.time.LocalDate;
import java.util.List;

/** A hub published a cohort of a programme; firstSessionOn and lastSessionOn bound its sessions. */
public record CohortPublished(String cohortId, String programmeId, String hubCode, int capacity, int sessionCount, LocalDate firstSessionOn, LocalDate lastSessionOn, List<String> eligibleLaCodes) {
}
