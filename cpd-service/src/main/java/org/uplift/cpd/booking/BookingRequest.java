package org.uplift.cpd.booking;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A request for a place. A teacher books themself and may give only their email (default: the one on their
 * account); a school lead gives the name and email of the member of staff they book for.
 */
record BookingRequest(
        @Size(max = 120, message = "Name must be 120 characters or fewer") @Nullable String name,
        @Email(message = "Enter an email address in the correct format, like name@example.com")
        @Size(max = 200, message = "Email must be 200 characters or fewer") @Nullable String email) {

    static BookingRequest empty() {
        return new BookingRequest(null, null);
    }
}
