package org.uplift.schools.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.uplift.platform.problem.InvalidInputException;

/** Dates as forms and JSON send them (ISO, 2026-09-30), with a field error people can act on. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate required(String field, String label, @Nullable String value) {
        LocalDate date = optional(field, label, value);
        if (date == null) {
            throw InvalidInputException.of(field, "Enter the " + label);
        }
        return date;
    }

    public static @Nullable LocalDate optional(String field, String label, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "The " + label + " must be a real date, like 2026-09-30");
        }
    }
}
