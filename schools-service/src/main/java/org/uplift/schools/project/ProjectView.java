package org.uplift.schools.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.uplift.schools.audit.AuditEntry;

/** A project as the API and pages show it; budget totals computed. */
record ProjectView(String id, String title, String leadLaCode, String leadLaName, String aims, List<String> targetGroups,
        LocalDate startDate, LocalDate endDate, List<Project.Member> schools, List<Project.BudgetLine> budgetLines,
        BigDecimal plannedTotal, BigDecimal spentTotal, List<Project.Meeting> meetings,
        List<Project.Evaluation> evaluations, long version, List<AuditEntry> audit) {
}
