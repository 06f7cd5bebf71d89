package org.uplift.cpd;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a waitlist offer stays open, how far ahead of the first session the reminder goes out, who emails come
 * from, and whether the local stack wants demo data.
 */
@ConfigurationProperties("uplift.cpd")
public record CpdProperties(Duration offerTtl, Duration reminderLead, String mailFrom) {

    public CpdProperties {
        offerTtl = offerTtl == null ? Duration.ofHours(48) : offerTtl;
        reminderLead = reminderLead == null ? Duration.ofDays(2) : reminderLead;
        mailFrom = mailFrom == null ? "cpd@uplift.invalid" : mailFrom;
    }
}
