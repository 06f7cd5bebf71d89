package org.uplift.schools.review;

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

/** A diagnostic maths review of a school (e.g. the two-day departmental review), with a judgement per area. */
@Document("reviews")
class Review {

    @Id
    String id;
    @Indexed
    String urn;
    @Indexed
    String laCode;
    String regionCode;
    LocalDate reviewDate;
    List<String> reviewers;
    /** Area (see {@link ReviewAreas#AREAS}) to judgement, in the areas' order. */
    Map<String, String> judgements;
    String strengths;
    String areasToImprove;
    @Version
    @Nullable Long version;
    List<AuditEntry> audit = new ArrayList<>();
    List<OutboxEvent> outbox = new ArrayList<>();

    Review(String id, String urn, String laCode, String regionCode, LocalDate reviewDate, List<String> reviewers,
            Map<String, String> judgements, String strengths, String areasToImprove) {
        this.id = id;
        this.urn = urn;
        this.laCode = laCode;
        this.regionCode = regionCode;
        this.reviewDate = reviewDate;
        this.reviewers = reviewers;
        this.judgements = judgements;
        this.strengths = strengths;
        this.areasToImprove = areasToImprove;
    }

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("reviewDate", reviewDate);
        fields.put("reviewers", reviewers);
        judgements.forEach((area, judgement) -> fields.put(area, judgement));
        fields.put("strengths", strengths);
        fields.put("areasToImprove", areasToImprove);
        return fields;
    }
}
