package org.uplift.schools.school;

import org.jspecify.annotations.Nullable;

/** When a school closed, as ISO date text (checked by the service so pages can keep what was typed). */
record SchoolClosureForm(@Nullable String closedOn, @Nullable Long version) {
}
