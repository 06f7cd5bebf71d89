package org.uplift.schools.school;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.contracts.schools.SchoolSnapshot;
import org.uplift.platform.events.OutboxEvent;
import org.uplift.schools.audit.AuditEntry;

/**
 * A school as GIAS identifies it (URN; LA code + establishment number = LAESTAB), with the events its changes
 * caused waiting in {@code outbox} until the relay has published them.
 */
@Document("schools")
class School {

    @Id
    String urn;
    @Indexed
    String laCode;
    @Indexed
    String regionCode;
    String establishmentNumber;
    String name;
    String phase;
    String type;
    SchoolStatus status = SchoolStatus.OPEN;
    @Nullable String trust;
    @Nullable String postcode;
    @Nullable LocalDate closedOn;
    @Version
    @Nullable Long version;
    @CreatedDate
    @Nullable Instant createdAt;
    @LastModifiedDate
    @Nullable Instant updatedAt;
    /** Usernames of the system leaders (SLEs/NLEs) assigned to support this school. */
    @Indexed
    List<String> systemLeaders = new ArrayList<>();
    List<AuditEntry> audit = new ArrayList<>();
    List<OutboxEvent> outbox = new ArrayList<>();

    School(String urn, String laCode, String regionCode, String establishmentNumber, String name, String phase,
            String type, @Nullable String trust, @Nullable String postcode) {
        this.urn = urn;
        this.laCode = laCode;
        this.regionCode = regionCode;
        this.establishmentNumber = establishmentNumber;
        this.name = name;
        this.phase = phase;
        this.type = type;
        this.trust = trust;
        this.postcode = postcode;
    }

    String laestab() {
        return laCode + establishmentNumber;
    }

    SchoolSnapshot snapshot() {
        return new SchoolSnapshot(urn, laCode, regionCode, establishmentNumber, name, phase, type, status.name(),
                trust, postcode, closedOn);
    }

    /** The registered details as people see them, for the audit trail and {@code changedFields}. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("laCode", laCode);
        fields.put("establishmentNumber", establishmentNumber);
        fields.put("name", name);
        fields.put("phase", phase);
        fields.put("type", type);
        fields.put("status", status.name());
        fields.put("trust", trust);
        fields.put("postcode", postcode);
        fields.put("closedOn", closedOn);
        return fields;
    }

    void record(OutboxEvent event) {
        outbox.add(event);
    }
}
