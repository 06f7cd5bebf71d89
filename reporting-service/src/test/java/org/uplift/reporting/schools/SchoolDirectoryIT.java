package org.uplift.reporting.schools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.uplift.contracts.Topics;
import org.uplift.platform.security.Role;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class SchoolDirectoryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Test
    void countsSchoolsPerLaAndRegionFromTheirLatestEvents() throws Exception {
        Instant t = Instant.parse("2026-09-01T09:00:00Z");
        publish("school.registered", "990501", "856", "E12000004", "OPEN", t);
        publish("school.registered", "990502", "856", "E12000004", "OPEN", t);
        publish("school.registered", "990503", "856", "E12000004", "OPEN", t);
        publish("school.closed", "990503", "856", "E12000004", "CLOSED", t.plusSeconds(60));
        publish("school.updated", "990503", "856", "E12000004", "OPEN", t.plusSeconds(30));
        publish("school.registered", "990504", "890", "E12000002", "OPEN", t);

        await().atMost(Duration.ofSeconds(20)).until(() -> row(counts("la", TestTokens.admin()), "890") != null);
        JsonNode leicester = row(counts("la", TestTokens.admin()), "856");
        assertThat(leicester.path("name").asString()).isEqualTo("Leicester");
        assertThat(leicester.path("openSchools").asLong()).isEqualTo(2);
        assertThat(leicester.path("closedSchools").asLong()).as("an older update arriving late does not reopen it").isEqualTo(1);
        JsonNode eastMidlands = row(counts("region", TestTokens.admin()), "E12000004");
        assertThat(eastMidlands.path("openSchools").asLong()).isEqualTo(2);
        assertThat(counts("la", TestTokens.admin()).path("freshness").isNull()).isFalse();
    }

    @Test
    void eachReaderSeesOnlyTheirOwnTenancy() throws Exception {
        publish("school.registered", "990511", "856", "E12000004", "OPEN", Instant.now());
        publish("school.registered", "990512", "890", "E12000002", "OPEN", Instant.now());
        await().atMost(Duration.ofSeconds(20)).until(() -> row(counts("la", TestTokens.admin()), "890") != null
                && row(counts("la", TestTokens.admin()), "856") != null);

        assertThat(codes(counts("la", TestTokens.blackpoolOfficer()))).containsOnly("890");
        TestTokens eastMidlandsBoard = TestTokens.user("em.board", Role.BOARD_MEMBER).region("E12000004");
        assertThat(codes(counts("region", eastMidlandsBoard))).containsOnly("E12000004");
        assertThat(get("/api/reports/schools", TestTokens.user("teacher", Role.TEACHER).urn("990101")).statusCode()).isEqualTo(403);
    }

    @Test
    void rebuildingByReplayGivesTheSameReadModel() throws Exception {
        publish("school.registered", "990521", "855", "E12000004", "OPEN", Instant.now());
        await().atMost(Duration.ofSeconds(20)).until(() -> row(counts("la", TestTokens.admin()), "855") != null);
        Thread.sleep(1000);
        String before = counts("la", TestTokens.admin()).path("rows").toString();

        HttpResponse<String> started = send(HttpRequest.newBuilder(uri("/api/reports/rebuild"))
                .header("Authorization", TestTokens.admin().bearer()).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(started.statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> counts("la", TestTokens.admin()).path("rows").toString().equals(before));
        assertThat(JSON.readTree(get("/api/reports/rebuild", TestTokens.admin()).body()).path("eventsApplied").asLong()).isPositive();
    }

    private void publish(String type, String urn, String la, String region, String status, Instant at) throws Exception {
        String envelope = """
                {"eventId":"%s","type":"%s","version":1,"occurredAt":"%s","source":"schools-service","laCode":"%s",
                 "payload":{"school":{"urn":"%s","laCode":"%s","regionCode":"%s","establishmentNumber":"4001",
                 "name":"Synthetic %s","phase":"Secondary","type":"Academy","status":"%s"}%s}}"""
                .formatted(UUID.randomUUID(), type, at, la, urn, la, region, urn, status,
                        type.equals("school.updated") ? ",\"changedFields\":[\"name\"]" : "");
        kafka.send(Topics.SCHOOL, urn, envelope).get();
    }

    private JsonNode counts(String level, TestTokens token) throws Exception {
        return JSON.readTree(get("/api/reports/schools?level=" + level, token).body());
    }

    private static JsonNode row(JsonNode counts, String code) {
        for (JsonNode row : counts.path("rows")) {
            if (code.equals(row.path("code").asString())) {
                return row;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode counts) {
        return counts.path("rows").findValuesAsString("code");
    }

    private HttpResponse<String> get(String path, TestTokens token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", token.bearer()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
