package org.uplift.contracts.cpd;

import java.time.Instant;

/** A freed place was offered to the head of the waitlist until expiresAt. */
public record BookingOfferMade(BookingFacts booking, Instant expiresAt) {
}
