/** Cohorts of a programme with their sessions, and the bookings in them: a small cohort document with the counters every booking decision is taken on, one document per booking, and the sweep that mends what a crash between the two can leave. */
@NullMarked
package org.uplift.cpd.cohort;

import org.jspecify.annotations.NullMarked;
