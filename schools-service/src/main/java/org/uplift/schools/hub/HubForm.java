package org.uplift.schools.hub;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A hub as an admin enters it; {@code servedLaCodes} is a comma- or space-separated list of 3-digit LA codes. */
record HubForm(
        @NotBlank(message = "Enter the hub code")
        @Pattern(regexp = "[A-Z0-9]{2,10}", message = "Hub code must be 2 to 10 capital letters or digits, like EMSMH") @Nullable String code,
        @NotBlank(message = "Enter the hub name")
        @Size(max = 120, message = "Hub name must be 120 characters or fewer") @Nullable String name,
        @NotBlank(message = "Enter the lead school's URN")
        @Pattern(regexp = "\\d{6}", message = "Lead school URN must be 6 digits, like 123456") @Nullable String leadSchoolUrn,
        @NotBlank(message = "Enter the codes of the local authorities the hub serves")
        @Pattern(regexp = "\\s*\\d{3}([\\s,]+\\d{3})*\\s*", message = "Enter 3-digit LA codes separated by commas, like 855, 856")
        @Nullable String servedLaCodes,
        @Nullable Long version) {

    static HubForm empty() {
        return new HubForm(null, null, null, null, null);
    }

    List<String> laCodes() {
        return servedLaCodes == null ? List.of()
                : Arrays.stream(servedLaCodes.split("[\\s,]+")).filter(s -> !s.isBlank()).distinct().toList();
    }
}
