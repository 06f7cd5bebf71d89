/** Booking places: a teacher for themself, a school lead for named staff; waitlists, offers and cancellations. */
@NullMarked
package org.uplift.cpd.booking;

import org.jspecify.annotations.NullMarked;
