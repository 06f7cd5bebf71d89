package org.uplift.contracts.schools;

import java.time.LocalDate;

/**
 * A school joined or left an improvement project. {@code leadLaCode} is the project's lead LA; the school's own
 * {@code laCode} may differ, since projects cross LA boundaries.
 */
public record ProjectMembershipChanged(String projectId, String title, String leadLaCode, String urn, String laCode,
        String regionCode, Membership change, LocalDate effectiveOn) {
}
