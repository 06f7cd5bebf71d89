package org.uplift.assessment.upload;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A termly diagnostic assessment defined by an LA (or, without {@code laCode}, platform-wide by an admin): uploads
 * name it by id instead of describing it each time, so every school's results of it share one name and maximum mark.
 */
@Document("diagnostics")
record Diagnostic(@Id String id, String name, int yearGroup, int maxMark, @Nullable String laCode, String definedBy,
        Instant definedAt) {
}
