package org.uplift.contracts.cpd;

/** An offer was not answered in time; the place passes on. */
public record BookingOfferExpired(BookingFacts booking) {
}
