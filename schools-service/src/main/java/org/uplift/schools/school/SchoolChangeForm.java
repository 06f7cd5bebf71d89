package org.uplift.schools.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The details of a registered school that can change (URN and LA are its identity and stay). */
record SchoolChangeForm(
        @NotBlank(message = "Enter the establishment number")
        @Pattern(regexp = "\\d{4}", message = "Establishment number must be 4 digits, like 4001") @Nullable String establishmentNumber,
        @NotBlank(message = "Enter the school name")
        @Size(max = 120, message = "School name must be 120 characters or fewer") @Nullable String name,
        @NotBlank(message = "Select the phase of education") @Nullable String phase,
        @NotBlank(message = "Enter the type of establishment")
        @Size(max = 80, message = "Type must be 80 characters or fewer") @Nullable String type,
        @Size(max = 120, message = "Trust name must be 120 characters or fewer") @Nullable String trust,
        @Pattern(regexp = "|[A-Za-z]{1,2}\\d[A-Za-z\\d]? ?\\d[A-Za-z]{2}", message = "Enter a real postcode, like LE1 7RH")
        @Nullable String postcode,
        @Nullable Long version) {

    static SchoolChangeForm of(SchoolView school) {
        return new SchoolChangeForm(school.establishmentNumber(), school.name(), school.phase(), school.type(),
                school.trust(), school.postcode(), school.version());
    }
}
