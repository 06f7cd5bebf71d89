package org.uplift.schools.school;

import java.util.List;

/** What other features need to know about a school they hold records for. */
public record SchoolSummary(String urn, String name, String laCode, String regionCode, String phase, String status,
        List<String> systemLeaders) {
}
