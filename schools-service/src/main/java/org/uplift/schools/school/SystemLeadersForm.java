package org.uplift.schools.school;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/** The usernames of the SLEs/NLEs assigned to a school, separated by commas or spaces. */
record SystemLeadersForm(
        @Pattern(regexp = "[\\w.@\\-,\\s]*", message = "Enter usernames like sle.one, separated by commas") @Nullable String usernames,
        @Nullable Long version) {

    List<String> list() {
        return usernames == null ? List.of()
                : Arrays.stream(usernames.split("[\\s,]+")).filter(s -> !s.isBlank()).distinct().toList();
    }
}
