package org.uplift.schools.audit;

import org.jspecify.annotations.Nullable;

/** One field of a record that changed: its old and new value as shown to people. */
public record FieldChange(String field, @Nullable String from, @Nullable String to) {
}
