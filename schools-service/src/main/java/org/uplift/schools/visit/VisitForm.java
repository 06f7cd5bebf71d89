package org.uplift.schools.visit;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A support visit as the system leader records it; focus areas comma-separated. */
record VisitForm(
        @NotBlank(message = "Enter the date of the visit") @Nullable String visitDate,
        @NotBlank(message = "Enter the purpose of the visit")
        @Size(max = 300, message = "Purpose must be 300 characters or fewer") @Nullable String purpose,
        @NotBlank(message = "Enter the focus areas")
        @Size(max = 300, message = "Focus areas must be 300 characters or fewer") @Nullable String focusAreas,
        @NotBlank(message = "Enter notes of the visit")
        @Size(max = 8000, message = "Notes must be 8000 characters or fewer") @Nullable String notes,
        @Size(max = 4000, message = "Follow-ups must be 4000 characters or fewer") @Nullable String followUps,
        @NotNull(message = "Enter the time spent in minutes")
        @Min(value = 1, message = "Time spent must be at least 1 minute")
        @Max(value = 1440, message = "Time spent must be at most 1440 minutes (a day)") @Nullable Integer minutesSpent) {

    static VisitForm empty() {
        return new VisitForm(null, null, null, null, null, null);
    }

    List<String> focusAreaList() {
        return focusAreas == null ? List.of()
                : Arrays.stream(focusAreas.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
