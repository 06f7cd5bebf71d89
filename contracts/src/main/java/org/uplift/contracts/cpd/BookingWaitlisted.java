package org.uplift.contracts.cpd;

/** A request found the cohort full and joined its waitlist at the given position. */
public record BookingWaitlisted(BookingFacts booking, int position) {
}
