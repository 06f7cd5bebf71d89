package org.uplift.schools.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.platform.events.OutboxEvent;
import org.uplift.schools.audit.AuditEntry;

/** A support visit by a system leader (SLE/NLE), signed off for quality assurance by another leader or the LA. */
@Document("visits")
class Visit {

    @Id
    String id;
    @Indexed
    String urn;
    String laCode;
    String regionCode;
    LocalDate visitDate;
    String visitorUsername;
    String visitorName;
    String purpose;
    List<String> focusAreas;
    String notes;
    String followUps;
    int minutesSpent;
    @Nullable String signedOffBy;
    @Nullable LocalDate signedOffOn;
    @Version
    @Nullable Long version;
    List<AuditEntry> audit = new ArrayList<>();
    List<OutboxEvent> outbox = new ArrayList<>();

    Visit(String id, String urn, String laCode, String regionCode, LocalDate visitDate, String visitorUsername,
            String visitorName, String purpose, List<String> focusAreas, String notes, String followUps, int minutesSpent) {
        this.id = id;
        this.urn = urn;
        this.laCode = laCode;
        this.regionCode = regionCode;
        this.visitDate = visitDate;
        this.visitorUsername = visitorUsername;
        this.visitorName = visitorName;
        this.purpose = purpose;
        this.focusAreas = focusAreas;
        this.notes = notes;
        this.followUps = followUps;
        this.minutesSpent = minutesSpent;
    }

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("visitDate", visitDate);
        fields.put("visitor", visitorName);
        fields.put("purpose", purpose);
        fields.put("focusAreas", focusAreas);
        fields.put("notes", notes);
        fields.put("followUps", followUps);
        fields.put("minutesSpent", minutesSpent);
        fields.put("signedOffBy", signedOffBy);
        fields.put("signedOffOn", signedOffOn);
        return fields;
    }
}
