package org.uplift.cpd.cohort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.uplift.cpd.CpdProperties;
import org.uplift.cpd.support.Api;
import org.uplift.cpd.support.TestClock;
import org.uplift.platform.testing.ServiceIntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uplift.cpd.support.Api.json;

/**
 * Crashes between the steps of a booking change, staged by running only the first steps through the real stores,
 * then mended by {@link PlaceRepair}: nothing is touched while the change might still be in flight, everything is
 * put right once the cohort is quiet, and a second run finds nothing to do. The scheduled run is pushed out of the
 * way so each test sees exactly what its own runs did.
 */
@ServiceIntegrationTest
@Import(TestClock.Config.class)
@TestPropertySource(properties = "uplift.cpd.repair-sweep=PT1H")
class PlaceRepairIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    CohortStore cohorts;
    @Autowired
    BookingStore bookings;
    @Autowired
    PlaceRepair repair;
    @Autowired
    CpdProperties properties;

    @BeforeEach
    void now() {
        clock.set(Instant.now());
        repair.sweep();
    }

    @Test
    void aRequestThatDiedAfterTakingThePlaceLeavesAPlaceAndAClaimThatGoToTheQueueOnceTheCohortIsQuiet() {
        Api api = new Api(port);
        String cohortId = api.cohort(api.programme("Lost request programme", 1), 1, 1, LocalDate.now().plusDays(30), List.of()).path("id").asString();
        Cohort cohort = cohorts.load(cohortId);
        Booking lost = Booking.request(cohortId, "pid-lost", "Lost", "lost@school.invalid", "990101", "856", null, "lost", clock.instant());
        assertThat(bookings.claim(lost, clock.instant())).isTrue();
        assertThat(cohorts.takePlace(cohort, clock.instant()).confirmed()).isTrue();
        // ...and the process died before writing the booking.

        var bob = api.post("/api/cpd/cohorts/" + cohortId + "/bookings", Api.teacher("bob"), Map.of());
        assertThat(bob.statusCode()).as("the lost request still holds the only place").isEqualTo(202);
        assertThat(repair.sweep().any()).as("within the grace period the request may still be running").isFalse();
        assertThat(status(api, bob, "bob")).isEqualTo("WAITLISTED");

        clock.advance(properties.repairGrace().plusSeconds(1));
        PlaceRepair.Repairs mended = repair.sweep();

        assertThat(mended).isEqualTo(new PlaceRepair.Repairs(1, 1, 1));
        assertThat(status(api, bob, "bob")).isEqualTo("OFFERED");
        JsonNode numbers = json(api.get("/api/cpd/cohorts/" + cohortId, Api.hubLead()));
        assertThat(numbers.path("offered").asInt()).isEqualTo(1);
        assertThat(numbers.path("placesLeft").asInt()).isZero();
        assertThat(numbers.path("waitlist").asInt()).isZero();
        assertThat(repair.sweep().any()).as("a second run finds nothing to do").isFalse();
        assertThat(bookings.claimOf(lost.claimId())).isEmpty();
    }

    @Test
    void aCancellationThatDiedAfterEndingTheBookingIsFinishedByTheSweepAndThePersonMayBookAgainAtOnce() {
        Api api = new Api(port);
        String cohortId = api.cohort(api.programme("Lost cancellation programme", 1), 1, 1, LocalDate.now().plusDays(30), List.of()).path("id").asString();
        var ann = api.post("/api/cpd/cohorts/" + cohortId + "/bookings", Api.teacher("ann"), Map.of());
        var cal = api.post("/api/cpd/cohorts/" + cohortId + "/bookings", Api.teacher("cal"), Map.of());
        assertThat(List.of(ann.statusCode(), cal.statusCode())).containsExactly(201, 202);
        Booking cancelled = bookings.find(json(ann).path("id").asString());
        cancelled.cancel(cohorts.load(cohortId), clock.instant());
        assertThat(bookings.commit(cancelled, cohorts.load(cohortId), clock.instant())).isTrue();
        // ...and the process died before giving the place back, offering it on and releasing the claim.

        var again = api.post("/api/cpd/cohorts/" + cohortId + "/bookings", Api.teacher("ann"), Map.of());
        assertThat(again.statusCode()).as("a claim whose booking ended does not block booking again").isEqualTo(202);
        assertThat(status(api, cal, "cal")).isEqualTo("WAITLISTED");
        assertThat(repair.sweep().countersFixed()).as("within the grace period").isZero();

        clock.advance(properties.repairGrace().plusSeconds(1));
        PlaceRepair.Repairs mended = repair.sweep();

        assertThat(mended.countersFixed()).isEqualTo(1);
        assertThat(mended.offersMade()).isEqualTo(1);
        assertThat(status(api, cal, "cal")).isEqualTo("OFFERED");
        JsonNode annAgain = json(api.get("/api/cpd/bookings/" + json(again).path("id").asString(), Api.teacher("ann")));
        assertThat(annAgain.path("waitlistPosition").asInt()).isEqualTo(1);
        JsonNode numbers = json(api.get("/api/cpd/cohorts/" + cohortId, Api.hubLead()));
        assertThat(numbers.path("waitlist").asInt()).isEqualTo(1);
        assertThat(numbers.path("placesLeft").asInt()).isZero();
        assertThat(repair.sweep().any()).isFalse();
    }

    @Test
    void aFreedPlaceNobodyOfferedOnGoesToTheHeadOfTheQueue() {
        Api api = new Api(port);
        String cohortId = api.cohort(api.programme("Freed place programme", 1), 1, 1, LocalDate.now().plusDays(30), List.of()).path("id").asString();
        var dan = api.post("/api/cpd/cohorts/" + cohortId + "/bookings", Api.teacher("dan"), Map.of());
        var eli = api.post("/api/cpd/cohorts/" + cohortId + "/bookings", Api.teacher("eli"), Map.of());
        var fen = api.post("/api/cpd/cohorts/" + cohortId + "/bookings", Api.teacher("fen"), Map.of());
        Booking gone = bookings.find(json(dan).path("id").asString());
        gone.cancel(cohorts.load(cohortId), clock.instant());
        assertThat(bookings.commit(gone, cohorts.load(cohortId), clock.instant())).isTrue();
        cohorts.free(cohortId, false, clock.instant());
        // ...and the process died before offering the freed place: counters and bookings agree, nobody is offered.

        PlaceRepair.Repairs mended = repair.sweep();

        assertThat(mended.countersFixed()).as("counters were right").isZero();
        assertThat(mended.offersMade()).isEqualTo(1);
        assertThat(status(api, eli, "eli")).isEqualTo("OFFERED");
        assertThat(json(api.get("/api/cpd/bookings/" + json(fen).path("id").asString(), Api.teacher("fen"))).path("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(repair.sweep().any()).isFalse();

        clock.advance(properties.repairGrace().plusSeconds(1));
        assertThat(repair.sweep()).as("the ended booking's claim goes once it is past the grace period")
                .isEqualTo(new PlaceRepair.Repairs(1, 0, 0));
        assertThat(bookings.claimOf(gone.claimId())).isEmpty();
    }

    private static String status(Api api, java.net.http.HttpResponse<String> booked, String teacher) {
        return json(api.get("/api/cpd/bookings/" + json(booked).path("id").asString(), Api.teacher(teacher))).path("status").asString();
    }
}
