package org.uplift.cpd.booking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Unanswered offers pass on by themselves: checked every {@code uplift.cpd.offer-sweep} (default 30 s). */
@Component
class OfferExpiry {

    private static final Logger log = LoggerFactory.getLogger(OfferExpiry.class);

    private final BookingService bookings;

    OfferExpiry(BookingService bookings) {
        this.bookings = bookings;
    }

    @Scheduled(fixedDelayString = "${uplift.cpd.offer-sweep:PT30S}", initialDelayString = "${uplift.cpd.offer-sweep:PT30S}")
    void sweep() {
        int offers = bookings.expireDueOffers();
        if (offers > 0) {
            log.info("Passed on {} expired offers", offers);
        }
    }
}
