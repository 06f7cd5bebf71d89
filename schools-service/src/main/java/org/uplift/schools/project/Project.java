package org.uplift.schools.project;

import java.math.BigDecimal;
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

/**
 * An improvement project led by one LA; participating schools may be in other LAs (which then see the project).
 * Members carry their LA code so "who may see this project" is one indexed query.
 */
@Document("projects")
class Project {

    @Id
    String id;
    String title;
    @Indexed
    String leadLaCode;
    String aims;
    List<String> targetGroups;
    LocalDate startDate;
    LocalDate endDate;
    List<Member> members = new ArrayList<>();
    List<BudgetLine> budgetLines = new ArrayList<>();
    List<Meeting> meetings = new ArrayList<>();
    List<Evaluation> evaluations = new ArrayList<>();
    @Version
    @Nullable Long version;
    List<AuditEntry> audit = new ArrayList<>();
    List<OutboxEvent> outbox = new ArrayList<>();

    Project(String id, String title, String leadLaCode, String aims, List<String> targetGroups, LocalDate startDate,
            LocalDate endDate) {
        this.id = id;
        this.title = title;
        this.leadLaCode = leadLaCode;
        this.aims = aims;
        this.targetGroups = targetGroups;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("aims", aims);
        fields.put("targetGroups", targetGroups);
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);
        return fields;
    }

    record Member(String urn, String name, String laCode, String regionCode, LocalDate joinedOn) {
    }

    record BudgetLine(String category, BigDecimal planned, BigDecimal spent) {
    }

    record Meeting(LocalDate date, String decisions, String actions) {
    }

    record Evaluation(String term, String summary, String recordedBy) {
    }
}
