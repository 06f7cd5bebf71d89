package org.uplift.cpd;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a waitlist offer stays open, how far ahead of the first session the reminder goes out, who emails come
 * from, and how long a cohort must be quiet before the repair sweep trusts its booking documents over its counters
 * (longer than any booking request takes, so a request still in flight is never mistaken for a lost one).
 */
@ConfigurationProperties("uplift.cpd")
public record CpdProperties(Duration offerTtl, Duration reminderLead, String mailFrom, Duration repairGrace) {

    public CpdProperties {
        offerTtl = offerTtl == null ? Duration.ofHours(48) : offerTtl;
        reminderLead = reminderLead == null ? Duration.ofDays(2) : reminderLead;
        mailFrom = mailFrom == null ? "cpd@uplift.invalid" : mailFrom;
        repairGrace = repairGrace == null ? Duration.ofMinutes(2) : repairGrace;
    }
}
