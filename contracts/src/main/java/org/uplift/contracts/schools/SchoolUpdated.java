package org.uplift.contracts.schools;

import java.util.List;

/** A school's registered details changed; {@code changedFields} names what changed. */
public record SchoolUpdated(SchoolSnapshot school, List<String> changedFields) {
}
