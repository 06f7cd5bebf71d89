package org.uplift.cpd.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.uplift.contracts.Topics;
import org.uplift.cpd.school.SchoolDirectory;
import org.uplift.cpd.support.Api;
import org.uplift.cpd.support.TestClock;
import org.uplift.platform.security.Role;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.uplift.cpd.support.Api.json;

/** Each booking rule of the issue, answered with a clear problem detail. */
@ServiceIntegrationTest
@Import(TestClock.Config.class)
class BookingRulesIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    SchoolDirectory schools;

    Api api;
    String programme;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        api = new Api(port);
        programme = api.programme("Rules programme", 1);
    }

    @Test
    void bookingBeforeTheWindowOpensOrAfterItClosesIsRefused() {
        Map<String, Object> body = Api.cohortBody(programme, 1, 5, LocalDate.now().plusDays(30), List.of());
        body.put("bookingOpensOn", LocalDate.now().plusDays(3).toString());
        String cohort = json(api.post("/api/cpd/cohorts", Api.hubLead(), body)).path("id").asString();

        var early = api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("early"), Map.of());
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(early).path("detail").asString()).startsWith("Booking for this cohort opens on");

        clock.advance(Duration.ofDays(40));
        var late = api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("late"), Map.of());
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json(late).path("detail").asString()).startsWith("Booking for this cohort closed on");
    }

    @Test
    void aClosedSchoolCannotBookOnceSchoolsServiceAnnouncedTheClosure() {
        String cohort = cohort(List.of());
        kafka.send(Topics.SCHOOL, "990777", envelope("school.closed", "990777", "CLOSED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> schools.find("990777").map(s -> !s.open()).orElse(false));

        TestTokens closed = TestTokens.user("closed.teacher", Role.TEACHER).urn("990777").laCodes("856").email("c@school.invalid");
        var refused = api.post("/api/cpd/cohorts/" + cohort + "/bookings", closed, Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("detail").asString()).isEqualTo("School 990777 is closed, so it cannot book CPD");
    }

    @Test
    void bookingTwiceIsAConflict() {
        String cohort = cohort(List.of());
        assertThat(api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("twice"), Map.of()).statusCode()).isEqualTo(201);
        var again = api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("twice"), Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("detail").asString()).contains("already has a place or is on the waitlist");
    }

    @Test
    void onlyTeachersAndSchoolLeadsBookAndOnlyTheHubsLeadPublishes() {
        String cohort = cohort(List.of());
        assertThat(api.post("/api/cpd/cohorts/" + cohort + "/bookings", TestTokens.leicesterOfficer(), Map.of()).statusCode()).isEqualTo(403);
        Map<String, Object> valid = Map.of("title", "x", "summary", "s", "phases", List.of("Primary"),
                "audienceRoles", List.of("Teacher"), "format", "ONLINE", "sessionCount", 1);
        assertThat(api.post("/api/cpd/programmes", Api.teacher("t"), valid).statusCode()).isEqualTo(403);
        var foreignHub = api.post("/api/cpd/cohorts", Api.otherHubLead(), Api.cohortBody(programme, 1, 5, LocalDate.now().plusDays(30), List.of()));
        assertThat(foreignHub.statusCode()).isEqualTo(404);
    }

    @Test
    void aTeacherSeesAndCancelsOnlyTheirOwnBookings() {
        String cohort = cohort(List.of());
        String mine = json(api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("owner"), Map.of())).path("id").asString();

        assertThat(api.get("/api/cpd/bookings/" + mine, Api.teacher("nosy")).statusCode()).isEqualTo(404);
        assertThat(api.delete("/api/cpd/bookings/" + mine, Api.teacher("nosy")).statusCode()).isEqualTo(404);
        assertThat(json(api.get("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("nosy")))).isEmpty();
        assertThat(json(api.get("/api/cpd/me/bookings", Api.teacher("owner"))).findValuesAsString("id")).contains(mine);
        assertThat(json(api.get("/api/cpd/me/bookings", Api.teacher("nosy"))).findValuesAsString("id")).doesNotContain(mine);
        assertThat(api.get("/api/cpd/bookings/" + mine, Api.hubLead()).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/cpd/bookings/" + mine, Api.otherHubLead()).statusCode()).isEqualTo(404);
    }

    @Test
    void aSchoolLeadBooksNamedStaffWhoThenSeeTheBookingButATeacherCannotBookForOthers() {
        String cohort = cohort(List.of());
        var staff = api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.schoolLead(), Map.of("name", "Rae Staff", "email", "Rae@School.invalid"));
        assertThat(staff.statusCode()).isEqualTo(201);
        assertThat(json(staff).path("participantName").asString()).isEqualTo("Rae Staff");
        assertThat(json(staff).path("participantEmail").asString()).isEqualTo("rae@school.invalid");

        TestTokens rae = TestTokens.user("rae", Role.TEACHER).urn("990101").laCodes("856").email("rae@school.invalid");
        assertThat(json(api.get("/api/cpd/me/bookings", rae)).findValuesAsString("id")).contains(json(staff).path("id").asString());
        assertThat(api.post("/api/cpd/cohorts/" + cohort + "/bookings", rae, Map.of()).statusCode()).isEqualTo(409);
        var forOther = api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("sam"), Map.of("name", "Someone", "email", "x@school.invalid"));
        assertThat(forOther.statusCode()).isEqualTo(400);
        assertThat(json(forOther).path("errors").findValuesAsString("field")).containsExactly("name");
    }

    @Test
    void aCohortForSomeLasOnlyRefusesSchoolsFromOtherLas() {
        String cohort = cohort(List.of("855"));
        var refused = api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("outside"), Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("detail").asString()).contains("only open to schools in local authorities 855");
        TestTokens inside = TestTokens.user("inside", Role.TEACHER).urn("990202").laCodes("855").email("in@school.invalid");
        assertThat(api.post("/api/cpd/cohorts/" + cohort + "/bookings", inside, Map.of()).statusCode()).isEqualTo(201);
    }

    @Test
    void aCohortForOneProjectAcceptsOnlyItsMemberSchoolsAsSchoolsServiceAnnouncedThem() {
        Map<String, Object> body = Api.cohortBody(programme, 1, 5, LocalDate.now().plusDays(30), List.of());
        body.put("eligibleProjectId", "proj-ks3");
        String cohort = json(api.post("/api/cpd/cohorts", Api.hubLead(), body)).path("id").asString();
        kafka.send(Topics.PROJECT, "proj-ks3", membership("proj-ks3", "990101", "JOINED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> schools.inProject("proj-ks3", "990101"));

        assertThat(api.post("/api/cpd/cohorts/" + cohort + "/bookings", Api.teacher("member"), Map.of()).statusCode()).isEqualTo(201);
        TestTokens outsider = TestTokens.user("outsider", Role.TEACHER).urn("990303").laCodes("856").email("o@school.invalid");
        var refused = api.post("/api/cpd/cohorts/" + cohort + "/bookings", outsider, Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("detail").asString()).isEqualTo("This cohort is only open to schools in improvement project proj-ks3");
    }

    @Test
    void invalidProgrammesAndCohortsAreAnsweredWithEveryFieldProblem() {
        var programmeProblems = api.post("/api/cpd/programmes", Api.hubLead(), Map.of("title", "", "sessionCount", 0));
        assertThat(programmeProblems.statusCode()).isEqualTo(400);
        assertThat(json(programmeProblems).path("errors").findValuesAsString("field"))
                .contains("title", "summary", "phases", "audienceRoles", "format", "sessionCount");

        Map<String, Object> body = Api.cohortBody(programme, 2, 5, LocalDate.now().plusDays(30), List.of("85"));
        body.put("bookingClosesOn", LocalDate.now().plusDays(45).toString());
        var cohortProblems = api.post("/api/cpd/cohorts", Api.hubLead(), body);
        assertThat(cohortProblems.statusCode()).isEqualTo(400);
        assertThat(json(cohortProblems).path("errors").findValuesAsString("field")).contains("sessions", "bookingClosesOn", "eligibleLaCodes");
    }

    @Test
    void theCatalogueFiltersByPhaseFormatHubAndDate() {
        Map<String, Object> online = new java.util.LinkedHashMap<>(Map.of("title", "Primary online catalogue test", "summary", "s",
                "phases", List.of("Primary"), "audienceRoles", List.of("Teacher"), "format", "ONLINE", "sessionCount", 1));
        String id = json(api.post("/api/cpd/programmes", Api.hubLead(), online)).path("id").asString();
        api.cohort(id, 1, 5, LocalDate.now().plusDays(100), List.of());

        assertThat(ids("/api/cpd/programmes?phase=Primary&format=ONLINE")).contains(id);
        assertThat(ids("/api/cpd/programmes?phase=Secondary")).doesNotContain(id);
        assertThat(ids("/api/cpd/programmes?format=WORK_GROUP")).doesNotContain(id);
        assertThat(ids("/api/cpd/programmes?hub=emsmh&q=catalogue%20test")).contains(id);
        assertThat(ids("/api/cpd/programmes?hub=NWHUB")).doesNotContain(id);
        assertThat(ids("/api/cpd/programmes?from=" + LocalDate.now().plusDays(90) + "&to=" + LocalDate.now().plusDays(110))).contains(id);
        assertThat(ids("/api/cpd/programmes?from=" + LocalDate.now().plusDays(101))).doesNotContain(id);
    }

    private List<String> ids(String path) {
        var response = api.get(path, Api.teacher("browser"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).path("content").findValuesAsString("id");
    }

    private String cohort(List<String> las) {
        return api.cohort(programme, 1, 5, LocalDate.now().plusDays(30), las).path("id").asString();
    }

    private static String membership(String project, String urn, String change) {
        return """
                {"eventId":"%s","type":"project.membership-changed","version":1,"occurredAt":"2026-11-23T10:00:00Z","source":"schools-service",
                 "laCode":"856","payload":{"projectId":"%s","title":"KS3 project","leadLaCode":"856","urn":"%s","laCode":"856",
                 "regionCode":"E12000004","change":"%s","effectiveOn":"2026-09-01"}}
                """.formatted(UUID.randomUUID(), project, urn, change);
    }

    private static String envelope(String type, String urn, String status) {
        return """
                {"eventId":"%s","type":"%s","version":1,"occurredAt":"2026-11-23T10:00:00Z","source":"schools-service","laCode":"856",
                 "payload":{"school":{"urn":"%s","laCode":"856","regionCode":"E12000004","establishmentNumber":"4777",
                 "name":"Closed Academy","phase":"Secondary","type":"Academy","status":"%s","trust":null,"postcode":null,"closedOn":"2026-08-31"}}}
                """.formatted(UUID.randomUUID(), type, urn, status);
    }
}
