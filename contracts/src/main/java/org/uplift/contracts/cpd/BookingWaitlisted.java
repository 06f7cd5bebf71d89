package org.uplift.contracts.cpd;

/**
 * A request found the cohort full and joined the end of its waitlist. The position is not carried: it changes as
 * others ahead leave, and the join itself is one atomic append.
 */
public record BookingWaitlisted(BookingFacts booking) {
}
