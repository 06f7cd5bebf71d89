package org.uplift.contracts.cpd;

/** A participant holds a confirmed place; fromWaitlist when it came through an accepted offer. */
public record BookingConfirmed(BookingFacts booking, boolean fromWaitlist) {
}
