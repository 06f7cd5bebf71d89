package org.uplift.schools.school;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.uplift.contracts.Topics;
import org.uplift.platform.security.Role;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class SchoolRegistrationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private EmbeddedKafkaBroker broker;

    @Test
    void anOfficerRegistersASchoolInTheirLaAndTheEventIsPublished() throws Exception {
        HttpResponse<String> created = post("/api/schools", TestTokens.leicesterOfficer(), school("990401", "856"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/schools/990401");
        assertThat(created.headers().firstValue("ETag")).isPresent();
        JsonNode body = JSON.readTree(created.body());
        assertThat(body.path("laestab").asString()).isEqualTo("8564401");
        assertThat(body.path("regionCode").asString()).isEqualTo("E12000004");
        assertThat(body.path("postcode").asString()).isEqualTo("LE1 7RH");

        ConsumerRecord<String, String> event = eventFor("990401");
        JsonNode envelope = JSON.readTree(event.value());
        assertThat(envelope.path("type").asString()).isEqualTo("school.registered");
        assertThat(envelope.path("source").asString()).isEqualTo("schools-service");
        assertThat(envelope.path("laCode").asString()).isEqualTo("856");
        assertThat(envelope.at("/payload/school/name").asString()).isEqualTo("Synthetic Academy 990401");
        assertThat(event.headers().lastHeader("traceparent")).isNotNull();
    }

    @Test
    void invalidInputIsAnsweredWithEveryFieldProblem() throws Exception {
        HttpResponse<String> response = post("/api/schools", TestTokens.leicesterOfficer(),
                Map.of("urn", "12", "laCode", "856", "establishmentNumber", "x", "name", "", "phase", "Secondary", "type", "Academy"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("urn", "establishmentNumber", "name");
    }

    @Test
    void anOfficerCannotRegisterInAnotherLaNorSeeItsSchools() throws Exception {
        assertThat(post("/api/schools", TestTokens.blackpoolOfficer(), school("990402", "856")).statusCode()).isEqualTo(400);
        post("/api/schools", TestTokens.leicesterOfficer(), school("990403", "856"));

        assertThat(get("/api/schools/990403", TestTokens.blackpoolOfficer()).statusCode()).isEqualTo(404);
        assertThat(get("/api/schools/990403", TestTokens.leicesterOfficer()).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(get("/api/schools?q=990403", TestTokens.blackpoolOfficer()).body()).path("totalElements").asInt()).isZero();
    }

    @Test
    void registeringTheSameUrnTwiceConflicts() throws Exception {
        post("/api/schools", TestTokens.leicesterOfficer(), school("990404", "856"));
        assertThat(post("/api/schools", TestTokens.leicesterOfficer(), school("990404", "856")).statusCode()).isEqualTo(409);
    }

    @Test
    void aBoardMemberSeesNoSchoolDetail() throws Exception {
        TestTokens board = TestTokens.user("em.board", Role.BOARD_MEMBER).region("E12000004");
        assertThat(get("/api/schools", board).statusCode()).isEqualTo(403);
    }

    @Test
    void theRegisterPageShowsAnErrorSummaryAndKeepsWhatWasTyped() throws Exception {
        String form = "urn=99&laCode=856&establishmentNumber=4001&name=" + URLEncoder.encode("Kept Name", StandardCharsets.UTF_8)
                + "&phase=Secondary&type=Academy";
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/schools"))
                .header("Authorization", TestTokens.leicesterOfficer().bearer())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary", "URN must be 6 digits", "value=\"Kept Name\"");
    }

    private ConsumerRecord<String, String> eventFor(String urn) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + urn, false);
        props.put("auto.offset.reset", "earliest");
        try (Consumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.SCHOOL));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (urn.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no event for " + urn);
    }

    private static Map<String, String> school(String urn, String la) {
        return Map.of("urn", urn, "laCode", la, "establishmentNumber", "4401", "name", "Synthetic Academy " + urn,
                "phase", "Secondary", "type", "Academy converter", "postcode", "le17rh");
    }

    private HttpResponse<String> post(String path, TestTokens token, Map<String, String> body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", token.bearer())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, TestTokens token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", token.bearer()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
