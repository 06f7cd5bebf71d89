package org.uplift.cpd.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uplift.cpd.CpdProperties;

/**
 * Mends what a crash between the steps of a booking change can leave behind (there are no multi-document
 * transactions): claims whose booking never appeared or has ended, cohort counters that disagree with the booking
 * documents, and free places not offered to the queue. Idempotent: it only writes where something disagrees, and a
 * second run finds nothing to do. Counters are recounted only for cohorts quiet for {@code uplift.cpd.repair-grace}
 * (no counter change and no booking change within it), so steps still in flight are never mistaken for lost ones;
 * the recount is conditional on the cohort's version, so a change that lands meanwhile wins and the next run looks again.
 */
@Component
public class PlaceRepair {

    private static final Logger log = LoggerFactory.getLogger(PlaceRepair.class);

    private final CohortStore cohorts;
    private final BookingStore bookings;
    private final Places places;
    private final Clock clock;
    private final CpdProperties properties;

    PlaceRepair(CohortStore cohorts, BookingStore bookings, Places places, Clock clock, CpdProperties properties) {
        this.cohorts = cohorts;
        this.bookings = bookings;
        this.places = places;
        this.clock = clock;
        this.properties = properties;
    }

    /** What one run mended. */
    public record Repairs(int claimsRemoved, int countersFixed, int offersMade) {

        public boolean any() {
            return claimsRemoved + countersFixed + offersMade > 0;
        }
    }

    @Scheduled(fixedDelayString = "${uplift.cpd.repair-sweep:PT1M}", initialDelayString = "${uplift.cpd.repair-sweep:PT1M}")
    public Repairs sweep() {
        Instant now = clock.instant();
        Instant settled = now.minus(properties.repairGrace());
        int claims = 0;
        for (BookingStore.Claim claim : bookings.claimsBefore(settled)) {
            if (places.stale(claim, now) && bookings.release(claim.id(), claim.bookingId())) {
                claims++;
            }
        }
        Map<String, Tally> tallies = tallies();
        int counters = 0;
        int offers = 0;
        for (Cohort cohort : cohorts.all()) {
            Tally tally = tallies.getOrDefault(cohort.id, new Tally());
            boolean quiet = (cohort.changedAt == null || cohort.changedAt.isBefore(settled))
                    && (tally.lastChange == null || tally.lastChange.isBefore(settled));
            if (quiet && (cohort.held != tally.held || cohort.waiting != tally.waiting)
                    && cohorts.recount(cohort, tally.held, tally.waiting, now)) {
                log.warn("Cohort {}: counters held={} waiting={} did not match its bookings ({}, {}); recounted",
                        cohort.id, cohort.held, cohort.waiting, tally.held, tally.waiting);
                counters++;
                cohort = cohorts.load(cohort.id);
            }
            if (cohort.held < cohort.capacity && cohort.waiting > 0) {
                offers += places.fill(cohort, now);
            }
        }
        Repairs repairs = new Repairs(claims, counters, offers);
        if (repairs.any()) {
            log.warn("Place repair: {}", repairs);
        }
        return repairs;
    }

    private static final class Tally {
        int held;
        int waiting;
        Instant lastChange;
    }

    private Map<String, Tally> tallies() {
        Map<String, Tally> tallies = new HashMap<>();
        Set<String> holding = new HashSet<>(Set.of(BookingStatus.CONFIRMED.name(), BookingStatus.OFFERED.name()));
        for (Document state : bookings.states()) {
            Tally tally = tallies.computeIfAbsent(state.getString("cohortId"), id -> new Tally());
            String status = state.getString("status");
            tally.held += holding.contains(status) ? 1 : 0;
            tally.waiting += BookingStatus.WAITLISTED.name().equals(status) ? 1 : 0;
            Instant changed = state.getDate("updatedAt").toInstant();
            tally.lastChange = tally.lastChange == null || changed.isAfter(tally.lastChange) ? changed : tally.lastChange;
        }
        return tallies;
    }
}
