package org.uplift.cpd.cohort;

/** Where a booking stands. Confirmed places and open offers hold a place; waitlisted entries queue for one. */
public enum BookingStatus {
    CONFIRMED, WAITLISTED, OFFERED, CANCELLED, LATE_CANCELLED, DECLINED, EXPIRED;

    public boolean active() {
        return this == CONFIRMED || this == WAITLISTED || this == OFFERED;
    }

    public boolean holdsPlace() {
        return this == CONFIRMED || this == OFFERED;
    }
}
