/**
 * Support delivered: CPD bookings, attendance and completions (per school, LA, region, hub and project) and the
 * improvement work — reviews, RAG ratings of action-plan objectives, overdue reviews, visits — from the cpd and
 * schools topics.
 */
@NullMarked
package org.uplift.reporting.support;

import org.jspecify.annotations.NullMarked;
