package org.uplift.schools.actionplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What people enter about action plans; dates are ISO text checked by the service so pages keep what was typed. */
final class Forms {

    private Forms() {
    }

    record NewPlan(
            @NotBlank(message = "Enter a title for the plan")
            @Size(max = 200, message = "Title must be 200 characters or fewer") @Nullable String title,
            @Nullable String reviewId) {
    }

    record NewObjective(
            @NotBlank(message = "Select the area") @Pattern(regexp = AREA, message = "Select the area") @Nullable String area,
            @NotBlank(message = "Describe the objective")
            @Size(max = 1000, message = "Objective must be 1000 characters or fewer") @Nullable String description,
            @Nullable Long version) {
    }

    record NewAction(
            @NotBlank(message = "Select the objective") @Nullable String objectiveId,
            @NotBlank(message = "Describe the action")
            @Size(max = 1000, message = "Action must be 1000 characters or fewer") @Nullable String description,
            @NotBlank(message = "Enter who owns the action")
            @Size(max = 120, message = "Owner must be 120 characters or fewer") @Nullable String owner,
            @NotBlank(message = "Enter the due date") @Nullable String dueDate,
            @NotBlank(message = "Enter the success criteria")
            @Size(max = 1000, message = "Success criteria must be 1000 characters or fewer") @Nullable String successCriteria,
            @Nullable Long version) {
    }

    record ActionUpdate(
            @NotBlank(message = "Select the status")
            @Pattern(regexp = "NOT_STARTED|IN_PROGRESS|DONE", message = "Select the status") @Nullable String status,
            @Nullable Long version) {
    }

    record RagReviewForm(
            @NotBlank(message = "Select the objective") @Nullable String objectiveId,
            @NotBlank(message = "Select red, amber or green")
            @Pattern(regexp = "RED|AMBER|GREEN", message = "Select red, amber or green") @Nullable String rag,
            @NotBlank(message = "Enter the rationale for the rating")
            @Size(max = 2000, message = "Rationale must be 2000 characters or fewer") @Nullable String rationale,
            @NotBlank(message = "Enter the evidence seen")
            @Size(max = 2000, message = "Evidence must be 2000 characters or fewer") @Nullable String evidence,
            @Nullable String reviewedOn,
            @Nullable String nextReviewDate,
            @Nullable Long version) {
    }

    static final String AREA = "leadership|curriculum|teaching|assessment|intervention|cpd|governance";
}
