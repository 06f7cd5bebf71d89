package org.uplift.cpd.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.contracts.cpd.ProgrammeSnapshot;
import org.uplift.platform.events.OutboxEvent;

/**
 * A CPD programme owned by one Maths Hub. {@code cohortStarts} holds the first-session date of each of its cohorts,
 * kept here so the catalogue can filter by date without reading the cohorts.
 */
@Document("programmes")
class Programme {

    @Id
    String id;
    @Indexed
    String hubCode;
    String title;
    String summary;
    List<String> phases;
    List<String> audienceRoles;
    Format format;
    int sessionCount;
    @Nullable Integer costPence;
    int completionPercent;
    List<LocalDate> cohortStarts = new ArrayList<>();
    @CreatedDate
    @Nullable Instant createdAt;
    List<OutboxEvent> outbox = new ArrayList<>();

    Programme(String id, String hubCode, String title, String summary, List<String> phases, List<String> audienceRoles,
            Format format, int sessionCount, @Nullable Integer costPence, int completionPercent) {
        this.id = id;
        this.hubCode = hubCode;
        this.title = title;
        this.summary = summary;
        this.phases = phases;
        this.audienceRoles = audienceRoles;
        this.format = format;
        this.sessionCount = sessionCount;
        this.costPence = costPence;
        this.completionPercent = completionPercent;
    }

    ProgrammeSnapshot snapshot() {
        return new ProgrammeSnapshot(id, hubCode, title, summary, phases, audienceRoles, format.name(), sessionCount,
                costPence, completionPercent);
    }
}
