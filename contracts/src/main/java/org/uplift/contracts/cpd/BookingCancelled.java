package org.uplift.contracts.cpd;

/** A booking, waitlist entry or offer was cancelled or declined before the cancellation cut-off; previousState is what it was. */
public record BookingCancelled(BookingFacts booking, String previousState) {
}
