package org.uplift.reporting.access;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.uplift.platform.problem.InvalidInputException;

/** The levels figures are given at, each drilling down to the next. */
public enum Level {
    PLATFORM, REGION, LA, SCHOOL;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public @Nullable Level child() {
        return this == SCHOOL ? null : values()[ordinal() + 1];
    }

    static Level parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("level", "level must be platform, region, la or school");
        }
    }
}
