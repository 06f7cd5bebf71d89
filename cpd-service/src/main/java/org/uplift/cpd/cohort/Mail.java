package org.uplift.cpd.cohort;

/** An email waiting to be sent about one booking; it leaves the cohort's queue once the SMTP server took it. */
public record Mail(String mailId, Kind kind, String bookingId, int attempts) {

    public enum Kind { CONFIRMATION, OFFER, REMINDER, CANCELLATION }
}
