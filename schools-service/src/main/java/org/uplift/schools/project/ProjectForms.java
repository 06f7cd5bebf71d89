package org.uplift.schools.project;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What people enter about projects. Dates are ISO text, checked by the service so pages keep what was typed. */
final class ProjectForms {

    static final List<String> TARGET_GROUPS = List.of("Disadvantaged", "SEND", "White British", "EAL",
            "Girls", "Boys", "Looked-after children", "All pupils");

    private ProjectForms() {
    }

    record Details(
            @NotBlank(message = "Enter the project title")
            @Size(max = 200, message = "Title must be 200 characters or fewer") @Nullable String title,
            @NotBlank(message = "Enter the lead local authority code")
            @Pattern(regexp = "\\d{3}", message = "Lead LA code must be 3 digits, like 856") @Nullable String leadLaCode,
            @NotBlank(message = "Enter the aims of the project")
            @Size(max = 4000, message = "Aims must be 4000 characters or fewer") @Nullable String aims,
            @Nullable String targetGroups,
            @NotBlank(message = "Enter the start date") @Nullable String startDate,
            @NotBlank(message = "Enter the end date") @Nullable String endDate,
            @Nullable Long version) {

        static Details empty() {
            return new Details(null, null, null, null, null, null, null);
        }

        List<String> groups() {
            return targetGroups == null ? List.of()
                    : Arrays.stream(targetGroups.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    record NewMember(
            @NotBlank(message = "Enter the school's URN")
            @Pattern(regexp = "\\d{6}", message = "URN must be 6 digits, like 123456") @Nullable String urn,
            @Nullable Long version) {
    }

    record NewBudgetLine(
            @NotBlank(message = "Enter the budget category")
            @Size(max = 80, message = "Category must be 80 characters or fewer") @Nullable String category,
            @NotNull(message = "Enter the planned amount")
            @DecimalMin(value = "0", message = "Planned amount cannot be negative") @Nullable BigDecimal planned,
            @NotNull(message = "Enter the amount spent")
            @DecimalMin(value = "0", message = "Amount spent cannot be negative") @Nullable BigDecimal spent,
            @Nullable Long version) {
    }

    record NewMeeting(
            @NotBlank(message = "Enter the date of the meeting") @Nullable String date,
            @NotBlank(message = "Enter the decisions made")
            @Size(max = 4000, message = "Decisions must be 4000 characters or fewer") @Nullable String decisions,
            @Size(max = 4000, message = "Actions must be 4000 characters or fewer") @Nullable String actions,
            @Nullable Long version) {
    }

    record NewEvaluation(
            @NotBlank(message = "Enter the term, like 2026-27 autumn")
            @Pattern(regexp = "\\d{4}-\\d{2} (autumn|spring|summer)", message = "Enter the term like 2026-27 autumn") @Nullable String term,
            @NotBlank(message = "Enter the evaluation")
            @Size(max = 8000, message = "Evaluation must be 8000 characters or fewer") @Nullable String summary,
            @Nullable Long version) {
    }
}
