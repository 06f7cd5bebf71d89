package org.uplift.schools.hub;

import java.util.List;

import org.uplift.schools.audit.AuditEntry;

/** A hub as the API and pages show it; {@code servedLas} pairs each LA code with its name. */
record HubView(String code, String name, String leadSchoolUrn, List<String> servedLaCodes, List<String> servedLas,
        long version, List<AuditEntry> audit) {
}
