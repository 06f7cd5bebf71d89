package org.uplift.schools.review;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A review as entered: reviewers comma-separated, one judgement per area. */
record ReviewForm(
        @NotBlank(message = "Enter the date of the review") @Nullable String reviewDate,
        @NotBlank(message = "Enter the names of the reviewers")
        @Size(max = 300, message = "Reviewers must be 300 characters or fewer") @Nullable String reviewers,
        @NotBlank(message = "Select a judgement for leadership") @Pattern(regexp = JUDGEMENT, message = "Select a judgement for leadership") @Nullable String leadership,
        @NotBlank(message = "Select a judgement for curriculum") @Pattern(regexp = JUDGEMENT, message = "Select a judgement for curriculum") @Nullable String curriculum,
        @NotBlank(message = "Select a judgement for teaching") @Pattern(regexp = JUDGEMENT, message = "Select a judgement for teaching") @Nullable String teaching,
        @NotBlank(message = "Select a judgement for assessment") @Pattern(regexp = JUDGEMENT, message = "Select a judgement for assessment") @Nullable String assessment,
        @NotBlank(message = "Select a judgement for intervention") @Pattern(regexp = JUDGEMENT, message = "Select a judgement for intervention") @Nullable String intervention,
        @NotBlank(message = "Select a judgement for CPD") @Pattern(regexp = JUDGEMENT, message = "Select a judgement for CPD") @Nullable String cpd,
        @NotBlank(message = "Select a judgement for governance") @Pattern(regexp = JUDGEMENT, message = "Select a judgement for governance") @Nullable String governance,
        @NotBlank(message = "Enter the strengths the review found")
        @Size(max = 4000, message = "Strengths must be 4000 characters or fewer") @Nullable String strengths,
        @NotBlank(message = "Enter the areas to improve")
        @Size(max = 4000, message = "Areas to improve must be 4000 characters or fewer") @Nullable String areasToImprove,
        @Nullable Long version) {

    static final String JUDGEMENT = "Strong|Secure|Developing|Weak";

    static ReviewForm empty() {
        return new ReviewForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    List<String> reviewerNames() {
        return reviewers == null ? List.of()
                : Arrays.stream(reviewers.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Map<String, String> judgements() {
        Map<String, String> judgements = new LinkedHashMap<>();
        judgements.put("leadership", leadership);
        judgements.put("curriculum", curriculum);
        judgements.put("teaching", teaching);
        judgements.put("assessment", assessment);
        judgements.put("intervention", intervention);
        judgements.put("cpd", cpd);
        judgements.put("governance", governance);
        return judgements;
    }
}
