package org.uplift.schools.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.uplift.schools.audit.AuditEntry;

/** A review as the API and pages show it. */
record ReviewView(String id, String urn, String schoolName, String laCode, LocalDate reviewDate, String term,
        List<String> reviewers, Map<String, String> judgements, String strengths, String areasToImprove, long version,
        List<AuditEntry> audit) {
}
