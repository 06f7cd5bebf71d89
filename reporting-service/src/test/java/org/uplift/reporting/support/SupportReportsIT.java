package org.uplift.reporting.support;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.uplift.contracts.Topics;
import org.uplift.platform.security.Role;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;
import org.uplift.reporting.testing.Api;
import org.uplift.reporting.testing.Events;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** CPD uptake and improvement work from the cpd and schools events, per area, with late events ignored. */
@ServiceIntegrationTest
// a context of its own (own database and broker), so SchoolDirectoryIT's exact counts per LA stay its own
@TestPropertySource(properties = "uplift.test.context=reports")
class SupportReportsIT {

    private static final Instant T = Instant.parse("2025-10-01T09:00:00Z");
    private static final TestTokens EM_BOARD = TestTokens.user("em.board", Role.BOARD_MEMBER).region("E12000004");

    @LocalServerPort
    private int port;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    private Api api;
    private Events events;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(port);
        events = new Events(kafka);
        events.school("990801", "856", "E12000004");
        events.school("990802", "890", "E12000002");
        booking("booking.confirmed", "b1", "990801", "856", T, ",\"fromWaitlist\":false");
        booking("booking.confirmed", "b2", "990801", "856", T, ",\"fromWaitlist\":false");
        booking("booking.cancelled", "b2", "990801", "856", T.plusSeconds(60), ",\"previousState\":\"CONFIRMED\"");
        booking("booking.confirmed", "b3", "990801", "856", T.plusSeconds(30), ",\"fromWaitlist\":true");
        booking("booking.waitlisted", "b3", "990801", "856", T, "");
        booking("booking.confirmed", "b4", "990802", "890", T, ",\"fromWaitlist\":false");
        events.publish(Topics.ATTENDANCE, "c1", "attendance.recorded", "856", T.plusSeconds(90), """
                {"booking":%s,"sessionId":"s2","sessionOn":"2025-10-08","present":true,"attendedSessions":2,"totalSessions":3}"""
                .formatted(facts("b1", "990801", "856")));
        events.publish(Topics.ATTENDANCE, "c1", "programme.completed", "856", T.plusSeconds(95), """
                {"booking":%s,"attendedSessions":2,"totalSessions":3,"completionPercent":60}""".formatted(facts("b1", "990801", "856")));
        events.publish(Topics.PROJECT, "p1", "project.membership-changed", "856", T, """
                {"projectId":"p1","title":"Leicester fractions","leadLaCode":"856","urn":"990801","laCode":"856",
                 "regionCode":"E12000004","change":"JOINED","effectiveOn":"2025-09-01"}""");
        rag("o1", "2025-26 autumn", "RED", null, "2026-01-10", T);
        rag("o1", "2025-26 spring", "AMBER", "RED", "2099-05-01", T.plusSeconds(10));
        rag("o2", "2025-26 autumn", "GREEN", null, "2026-01-10", T);
        rag("o2", "2025-26 spring", "RED", "GREEN", "2020-01-01", T.plusSeconds(10));
        events.publish(Topics.REVIEW, "r1", "review.completed", "856", T, """
                {"reviewId":"r1","urn":"990801","laCode":"856","regionCode":"E12000004","reviewDate":"2025-10-01",
                 "term":"2025-26 autumn","reviewers":["A"],"judgements":[]}""");
        events.publish(Topics.VISIT, "v1", "visit.recorded", "856", T, """
                {"visitId":"v1","urn":"990801","laCode":"856","regionCode":"E12000004","visitDate":"2025-10-02",
                 "term":"2025-26 autumn","visitor":"A","purpose":"support","focusAreas":[],"minutesSpent":60}""");
        events.publish(Topics.VISIT, "v1", "visit.signed-off", "856", T.plusSeconds(5), """
                {"visitId":"v1","urn":"990801","laCode":"856","regionCode":"E12000004","signedOffBy":"B","signedOffOn":"2025-10-03"}""");
        await().atMost(Duration.ofSeconds(30)).until(() -> "1".equals(cell(cpd("la", "856"), "cpd-summary", "all", 3))
                && "1".equals(cell(api.json("/api/reports/improvement?level=la&code=856", TestTokens.admin()), "work-by-term", "2025-26-autumn", 2))
                && cell(api.json("/api/reports/improvement?level=la&code=856", TestTokens.admin()), "rag-by-term", "2025-26-spring", 0) != null);
    }

    @Test
    void cpdUptakeCountsBookingsByTheirLatestState() throws Exception {
        JsonNode leicester = cpd("la", "856");
        // b1, b2, b3 booked; b2 cancelled later; the late "waitlisted" for b3 is older than its confirmation
        assertThat(Api.row(leicester, "cpd-summary", "all")).containsExactly("3", "1", "1", "1", "33.3");
        assertThat(Api.row(leicester, "cpd-by-school", "990801")).containsExactly("3", "1", "1", "1", "33.3");
        assertThat(Api.row(leicester, "cpd-by-hub", "emsmh")).containsExactly("3", "1", "1", "1", "33.3");
        assertThat(Api.row(leicester, "cpd-by-project", "p1")).containsExactly("3", "1", "1", "1", "33.3");
        assertThat(Api.row(cpd("platform", ""), "cpd-by-region", "E12000002")).containsExactly("1", "0", "0", "0", "0.0");
        assertThat(leicester.path("year").asString()).isEqualTo("2025/26");
    }

    @Test
    void ragDistributionAndItsChangeTermOnTermWithOverdueReviews() throws Exception {
        JsonNode report = api.json("/api/reports/improvement?level=la&code=856", TestTokens.admin());
        assertThat(Api.row(report, "rag-by-term", "2025-26-autumn")).containsExactly("1", "0", "1", "0", "0", "2");
        assertThat(Api.row(report, "rag-by-term", "2025-26-spring")).containsExactly("1", "1", "0", "1", "1", "0");
        assertThat(Api.row(report, "work-by-term", "2025-26-autumn")).containsExactly("1", "1", "1");
        assertThat(Api.row(report, "objectives-now", "990801")).containsExactly("2", "1", "1");
    }

    @Test
    void supportReportsAreTenantScopedToo() throws Exception {
        assertThat(api.get("/api/reports/cpd?level=la&code=856", TestTokens.blackpoolOfficer()).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/reports/improvement?level=region&code=E12000004", EM_BOARD).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/reports/improvement?level=region&code=E12000002", EM_BOARD).statusCode()).isEqualTo(404);
        assertThat(Api.row(api.json("/api/reports/cpd", TestTokens.blackpoolOfficer()), "cpd-by-school", "990801")).isNull();
        var page = api.get("/reports/improvement?level=la&code=856", TestTokens.leicesterOfficer(), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"rag-by-term-2025-26-spring-improved\"");
        var csv = api.get("/api/reports/cpd?level=la&code=856&table=cpd-summary", TestTokens.leicesterOfficer(), "text/csv");
        assertThat(csv.body()).contains("Leicester,3,1,1,1,33.3");
    }

    @Test
    void rebuildingByReplayGivesTheSameSupportFigures() throws Exception {
        String cpdBefore = cpd("la", "856").path("tables").toString();
        String improvementBefore = api.json("/api/reports/improvement?level=la&code=856", TestTokens.admin()).path("tables").toString();
        assertThat(api.post("/api/reports/rebuild", TestTokens.admin()).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> cpd("la", "856").path("tables").toString().equals(cpdBefore)
                        && api.json("/api/reports/improvement?level=la&code=856", TestTokens.admin()).path("tables").toString()
                                .equals(improvementBefore));
    }

    private void booking(String type, String id, String urn, String la, Instant at, String extra) throws Exception {
        events.publish(Topics.BOOKING, id, type, la, at, "{\"booking\":" + facts(id, urn, la) + extra + "}");
    }

    private static String facts(String id, String urn, String la) {
        return """
                {"bookingId":"%s","cohortId":"c1","programmeId":"pr1","hubCode":"EMSMH","participantId":"x-%s","urn":"%s",
                 "laCode":"%s","firstSessionOn":"2025-10-01"}""".formatted(id, id, urn, la);
    }

    private void rag(String objective, String term, String rag, String previous, String next, Instant at) throws Exception {
        events.publish(Topics.ACTION_PLAN, "plan1", "action-plan.rag-changed", "856", at, """
                {"planId":"plan1","objectiveId":"%s","urn":"990801","laCode":"856","regionCode":"E12000004","area":"curriculum",
                 "rag":"%s","previousRag":%s,"reviewedOn":"2025-10-01","term":"%s","nextReviewDate":"%s"}"""
                .formatted(objective, rag, previous == null ? "null" : "\"" + previous + "\"", term, next));
    }

    private JsonNode cpd(String level, String code) throws Exception {
        return api.json("/api/reports/cpd?level=" + level + (code.isEmpty() ? "" : "&code=" + code), TestTokens.admin());
    }

    private static String cell(JsonNode report, String table, String row, int index) {
        var cells = Api.row(report, table, row);
        return cells == null ? null : cells.get(index);
    }
}
