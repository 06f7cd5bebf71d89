/** Cohorts of a programme with their sessions; the cohort document is the aggregate that holds its bookings, so capacity, waitlist order and offers change atomically in one document. */
@NullMarked
package org.uplift.cpd.cohort;

import org.jspecify.annotations.NullMarked;
