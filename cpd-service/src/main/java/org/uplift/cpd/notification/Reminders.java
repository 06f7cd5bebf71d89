package org.uplift.cpd.notification;

import java.time.Clock;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uplift.cpd.CpdProperties;
import org.uplift.cpd.cohort.Cohort;
import org.uplift.cpd.cohort.CohortStore;
import org.uplift.cpd.cohort.Registers;

/** Queues the reminder email once a cohort's first session is within {@code uplift.cpd.reminder-lead}. */
@Component
public class Reminders {

    private final CohortStore store;
    private final Registers registers;
    private final Clock clock;
    private final CpdProperties properties;

    Reminders(CohortStore store, Registers registers, Clock clock, CpdProperties properties) {
        this.store = store;
        this.registers = registers;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${uplift.cpd.reminder-sweep:PT5M}", initialDelayString = "PT1M")
    public int queueDue() {
        Instant now = clock.instant();
        int queued = 0;
        for (Cohort candidate : store.awaitingReminder()) {
            if (!candidate.firstSession().startsAt().minus(properties.reminderLead()).isAfter(now)
                    && registers.remindIfDue(candidate, properties.reminderLead())) {
                queued++;
            }
        }
        return queued;
    }
}
