package org.uplift.cpd.programme;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a hub lead enters to publish a programme. {@code cost} is in pounds ("150" or "150.00"); empty means funded.
 * {@code hubCode} is only read for platform admins (a hub lead always publishes for their own hub).
 */
public record ProgrammeForm(
        @NotBlank(message = "Enter the title") @Size(max = 120, message = "Title must be 120 characters or fewer") @Nullable String title,
        @NotBlank(message = "Enter a summary") @Size(max = 2000, message = "Summary must be 2000 characters or fewer") @Nullable String summary,
        @NotEmpty(message = "Select at least one phase") @Nullable List<String> phases,
        @NotEmpty(message = "Select at least one audience") @Nullable List<String> audienceRoles,
        @NotNull(message = "Select the format") @Nullable Format format,
        @NotNull(message = "Enter the number of sessions") @Min(value = 1, message = "A programme has at least 1 session")
        @Max(value = 20, message = "A programme has at most 20 sessions") @Nullable Integer sessionCount,
        @Pattern(regexp = "|\\d{1,5}(\\.\\d{2})?", message = "Enter the cost in pounds, like 150 or 150.00, or leave it empty if funded") @Nullable String cost,
        @Min(value = 1, message = "Completion must be between 1 and 100 percent") @Max(value = 100, message = "Completion must be between 1 and 100 percent") @Nullable Integer completionPercent,
        @Nullable String hubCode) {

    public static final List<String> PHASES = List.of("Early years", "Primary", "Secondary", "Post-16");
    public static final List<String> AUDIENCES = List.of("Teacher", "Subject leader", "Senior leader",
            "Early career teacher", "Teaching assistant");

    static ProgrammeForm empty() {
        return new ProgrammeForm(null, null, List.of(), List.of(), null, null, null, 80, null);
    }

    @Nullable Integer costPence() {
        if (cost == null || cost.isBlank()) {
            return null;
        }
        return new java.math.BigDecimal(cost.strip()).movePointRight(2).intValueExact();
    }
}
