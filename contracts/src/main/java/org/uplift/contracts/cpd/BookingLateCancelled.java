package org.uplift.contracts.cpd;

/** A confirmed place was cancelled after the cohort's cancellation cut-off. */
public record BookingLateCancelled(BookingFacts booking) {
}
