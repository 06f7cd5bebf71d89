package org.uplift.schools.school;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What a user enters to register a school; the messages are written for the GOV.UK error summary. */
record SchoolForm(
        @NotBlank(message = "Enter the URN")
        @Pattern(regexp = "\\d{6}", message = "URN must be 6 digits, like 123456") @Nullable String urn,
        @NotBlank(message = "Enter the local authority code")
        @Pattern(regexp = "\\d{3}", message = "Local authority code must be 3 digits, like 856") @Nullable String laCode,
        @NotBlank(message = "Enter the establishment number")
        @Pattern(regexp = "\\d{4}", message = "Establishment number must be 4 digits, like 4001") @Nullable String establishmentNumber,
        @NotBlank(message = "Enter the school name")
        @Size(max = 120, message = "School name must be 120 characters or fewer") @Nullable String name,
        @NotBlank(message = "Select the phase of education") @Nullable String phase,
        @NotBlank(message = "Enter the type of establishment")
        @Size(max = 80, message = "Type must be 80 characters or fewer") @Nullable String type,
        @Size(max = 120, message = "Trust name must be 120 characters or fewer") @Nullable String trust,
        @Pattern(regexp = "|[A-Za-z]{1,2}\\d[A-Za-z\\d]? ?\\d[A-Za-z]{2}", message = "Enter a real postcode, like LE1 7RH")
        @Nullable String postcode) {

    static final List<String> PHASES = List.of("Nursery", "Primary", "Middle deemed primary",
            "Secondary", "Middle deemed secondary", "16 plus", "All-through", "Not applicable");

    static SchoolForm empty() {
        return new SchoolForm(null, null, null, null, null, null, null, null);
    }
}
