package org.uplift.cpd.booking;

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
import org.uplift.cpd.support.Api;
import org.uplift.cpd.support.TestClock;
import org.uplift.platform.testing.ServiceIntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uplift.cpd.support.Api.json;

@ServiceIntegrationTest
@Import(TestClock.Config.class)
class WaitlistAndOffersIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    BookingService bookings;

    @BeforeEach
    void now() {
        clock.set(Instant.now());
    }

    @Test
    void aFullCohortQueuesInOrderAndACancellationOffersThePlaceWhichPassesOnWhenUnanswered() {
        Api api = new Api(port);
        String cohort = api.cohort(api.programme("Waitlist programme", 2), 2, 2, LocalDate.now().plusDays(60), List.of()).path("id").asString();

        JsonNode ann = json(api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("ann"), Map.of()));
        JsonNode bob = json(api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("bob"), Map.of()));
        var carlResponse = api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("carl"), Map.of());
        JsonNode carl = json(carlResponse);
        JsonNode dee = json(api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("dee"), Map.of()));

        assertThat(ann.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(bob.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(carlResponse.statusCode()).isEqualTo(202);
        assertThat(carl.path("status").asString()).isEqualTo("WAITLISTED");
        assertThat(carl.path("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(dee.path("waitlistPosition").asInt()).isEqualTo(2);

        assertThat(api.delete("/api/cpd/bookings/" + ann.path("id").asString(), Api.teacher("ann")).statusCode()).isEqualTo(200);
        JsonNode offered = json(api.get("/api/cpd/bookings/" + carl.path("id").asString(), Api.teacher("carl")));
        assertThat(offered.path("status").asString()).isEqualTo("OFFERED");
        assertThat(json(api.get("/api/cpd/bookings/" + dee.path("id").asString(), Api.teacher("dee"))).path("waitlistPosition").asInt()).isEqualTo(1);

        clock.advance(Duration.ofHours(47));
        assertThat(bookings.expireDueOffers()).isZero();
        clock.advance(Duration.ofHours(2));
        assertThat(bookings.expireDueOffers()).isPositive();

        assertThat(json(api.get("/api/cpd/bookings/" + carl.path("id").asString(), Api.teacher("carl"))).path("status").asString()).isEqualTo("EXPIRED");
        assertThat(api.post("/api/cpd/bookings/" + carl.path("id").asString() + "/accept", Api.teacher("carl"), Map.of()).statusCode()).isEqualTo(409);
        var accepted = api.post("/api/cpd/bookings/" + dee.path("id").asString() + "/accept", Api.teacher("dee"), Map.of());
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(json(accepted).path("status").asString()).isEqualTo("CONFIRMED");

        JsonNode numbers = json(api.get("/api/cpd/cohorts/" + cohort, Api.teacher("ann")));
        assertThat(numbers.path("confirmed").asInt()).isEqualTo(2);
        assertThat(numbers.path("waitlist").asInt()).isZero();
        assertThat(numbers.path("placesLeft").asInt()).isZero();
    }

    @Test
    void anAcceptAfterExpiryBeforeTheSweepIsRefusedAndThePlacePassesOn() {
        Api api = new Api(port);
        String cohort = api.cohort(api.programme("Expiry programme", 1), 1, 1, LocalDate.now().plusDays(60), List.of()).path("id").asString();
        JsonNode first = json(api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("eve"), Map.of()));
        JsonNode second = json(api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("fay"), Map.of()));
        JsonNode third = json(api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("gus"), Map.of()));
        api.delete("/api/cpd/bookings/" + first.path("id").asString(), Api.teacher("eve"));

        clock.advance(Duration.ofHours(49));
        var late = api.post("/api/cpd/bookings/" + second.path("id").asString() + "/accept", Api.teacher("fay"), Map.of());

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json(late).path("detail").asString()).contains("expired");
        assertThat(json(api.get("/api/cpd/bookings/" + third.path("id").asString(), Api.teacher("gus"))).path("status").asString()).isEqualTo("OFFERED");
    }

    @Test
    void cancellingAfterTheCutOffIsALateCancellationAndTheTeacherMayBookAgainLater() {
        Api api = new Api(port);
        LocalDate first = LocalDate.now().plusDays(20);
        String cohort = api.cohort(api.programme("Cut-off programme", 1), 1, 5, first, List.of()).path("id").asString();
        JsonNode booked = json(api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("hal"), Map.of()));

        clock.advance(Duration.ofDays(15));
        JsonNode cancelled = json(api.delete("/api/cpd/bookings/" + booked.path("id").asString(), Api.teacher("hal")));

        assertThat(cancelled.path("status").asString()).isEqualTo("LATE_CANCELLED");
    }
}
