package org.uplift.cpd.programme;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The catalogue's filters; any may be absent. {@code from}/{@code to} bound a cohort's first session. */
record CatalogueQuery(@Nullable String q, @Nullable String phase, @Nullable Format format, @Nullable String hub,
        @Nullable LocalDate from, @Nullable LocalDate to) {
}
