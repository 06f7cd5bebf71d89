package org.uplift.schools.school;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.uplift.contracts.Topics;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;
import org.uplift.schools.Api;
import org.uplift.schools.Events;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class SchoolChangeIT {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anOfficerChangesASchoolWithIfMatchAndTheChangeIsAuditedAndAnnounced() {
        String etag = register("990501");
        HttpResponse<String> changed = api.put("/api/schools/990501", TestTokens.leicesterOfficer(), etag,
                change("Synthetic Renamed Academy", "Trust A"));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(Api.etag(changed)).isNotEqualTo(etag);
        JsonNode body = Api.json(changed);
        assertThat(body.path("name").asString()).isEqualTo("Synthetic Renamed Academy");
        JsonNode last = body.path("audit").get(body.path("audit").size() - 1);
        assertThat(last.path("by").asString()).isEqualTo("leicester.officer");
        assertThat(last.path("changes").findValuesAsString("field")).containsExactly("name", "trust");
        assertThat(last.path("changes").get(0).path("from").asString()).isEqualTo("Synthetic Academy 990501");

        JsonNode event = Events.await(broker, Topics.SCHOOL, "990501", "school.updated");
        assertThat(event.at("/payload/changedFields").toString()).isEqualTo("[\"name\",\"trust\"]");
        assertThat(event.at("/payload/school/name").asString()).isEqualTo("Synthetic Renamed Academy");
    }

    @Test
    void aStaleUpdateGets412AndLosesNothing() {
        String etag = register("990502");
        assertThat(api.put("/api/schools/990502", TestTokens.leicesterOfficer(), etag, change("First change", null)).statusCode())
                .isEqualTo(200);

        HttpResponse<String> stale = api.put("/api/schools/990502", TestTokens.leicesterOfficer(), etag, change("Second change", null));

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Api.json(api.get("/api/schools/990502", TestTokens.leicesterOfficer())).path("name").asString())
                .isEqualTo("First change");
    }

    @Test
    void anUpdateWithoutIfMatchIsRefusedWith428() {
        register("990503");
        assertThat(api.put("/api/schools/990503", TestTokens.leicesterOfficer(), null, change("No version", null)).statusCode())
                .isEqualTo(428);
    }

    @Test
    void anOfficerOfAnotherLaGets404ForTheUpdate() {
        String etag = register("990504");
        assertThat(api.put("/api/schools/990504", TestTokens.blackpoolOfficer(), etag, change("Hijack", null)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void closingASchoolRecordsTheDateAndPublishesSchoolClosed() {
        String etag = register("990505");
        HttpResponse<String> closed = api.postWithIfMatch("/api/schools/990505/closure", TestTokens.leicesterOfficer(), etag,
                Map.of("closedOn", "2026-08-31"));

        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(Api.json(closed).path("status").asString()).isEqualTo("CLOSED");
        JsonNode event = Events.await(broker, Topics.SCHOOL, "990505", "school.closed");
        assertThat(event.at("/payload/school/closedOn").asString()).isEqualTo("2026-08-31");
    }

    @Test
    void theChangePageShowsAConflictAndKeepsWhatWasTypedWhenTheVersionIsStale() {
        register("990506");
        HttpResponse<String> page = api.form("/schools/990506", TestTokens.leicesterOfficer(), Map.of(
                "establishmentNumber", "4401", "name", "Typed Name", "phase", "Secondary", "type", "Academy converter",
                "version", "7"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Someone else changed this record", "value=\"Typed Name\"");
    }

    @Test
    void theSchoolPageShowsTheHistoryFieldByField() {
        String etag = register("990507");
        api.put("/api/schools/990507", TestTokens.leicesterOfficer(), etag, change("Synthetic History School", null));

        HttpResponse<String> page = api.get("/schools/990507", TestTokens.leicesterOfficer());

        assertThat(page.body()).contains("id=\"history\"", "Synthetic History School", "leicester.officer", "registered");
    }

    private String register(String urn) {
        HttpResponse<String> created = api.post("/api/schools", TestTokens.leicesterOfficer(), Map.of("urn", urn,
                "laCode", "856", "establishmentNumber", "4401", "name", "Synthetic Academy " + urn, "phase", "Secondary",
                "type", "Academy converter", "postcode", "LE1 7RH"));
        assertThat(created.statusCode()).isEqualTo(201);
        return Api.etag(created);
    }

    private static Map<String, Object> change(String name, String trust) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("establishmentNumber", "4401", "name", name,
                "phase", "Secondary", "type", "Academy converter", "postcode", "LE1 7RH"));
        if (trust != null) {
            body.put("trust", trust);
        }
        return body;
    }
}
