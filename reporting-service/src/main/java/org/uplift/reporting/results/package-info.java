/**
 * Attainment, progress and gap figures from {@code results.accepted}: the current pupil facts per dataset (a higher
 * sequence replaces), pre-aggregated cells per school and LA kept current as events arrive, and the reports on them.
 */
@NullMarked
package org.uplift.reporting.results;

import org.jspecify.annotations.NullMarked;
