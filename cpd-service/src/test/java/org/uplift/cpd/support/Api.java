package org.uplift.cpd.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.uplift.platform.security.Role;
import org.uplift.platform.testing.TestTokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls the service over real HTTP with test-signed tokens, and builds programmes and cohorts for tests. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public static TestTokens hubLead() {
        return TestTokens.user("hub.lead", Role.HUB_LEAD).hub("EMSMH").region("E12000004");
    }

    public static TestTokens otherHubLead() {
        return TestTokens.user("other.hub.lead", Role.HUB_LEAD).hub("NWHUB").region("E12000002");
    }

    public static TestTokens teacher(String name) {
        return TestTokens.user(name, Role.TEACHER).urn("990101").laCodes("856").email(name + "@school.invalid");
    }

    public static TestTokens schoolLead() {
        return TestTokens.user("school.lead", Role.SCHOOL_LEAD).urn("990101").laCodes("856").email("school.lead@school.invalid");
    }

    public HttpResponse<String> get(String path, TestTokens token) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", token.bearer()).GET());
    }

    public HttpResponse<String> send(String path, TestTokens token, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", token.bearer()).header("Accept", accept).GET());
    }

    public HttpResponse<String> post(String path, TestTokens token, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", token.bearer())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public HttpResponse<String> postWithBearer(String path, String bearer, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public HttpResponse<String> put(String path, TestTokens token, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", token.bearer())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public HttpResponse<String> form(String path, TestTokens token, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", token.bearer())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> delete(String path, TestTokens token) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", token.bearer()).DELETE());
    }

    public HttpResponse<byte[]> bytes(String path, TestTokens token) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", token.bearer()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Publishes a programme for EMSMH and returns its id. */
    public String programme(String title, int sessions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("summary", "Synthetic programme for tests");
        body.put("phases", List.of("Secondary"));
        body.put("audienceRoles", List.of("Teacher"));
        body.put("format", "IN_PERSON");
        body.put("sessionCount", sessions);
        body.put("completionPercent", 80);
        HttpResponse<String> response = post("/api/cpd/programmes", hubLead(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("id").asString();
    }

    /** A cohort whose booking is open today, with sessions from {@code firstSession} on, one a week. */
    public JsonNode cohort(String programmeId, int sessions, int capacity, LocalDate firstSession, List<String> las) {
        Map<String, Object> body = cohortBody(programmeId, sessions, capacity, firstSession, las);
        HttpResponse<String> response = post("/api/cpd/cohorts", hubLead(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    public static Map<String, Object> cohortBody(String programmeId, int sessions, int capacity, LocalDate firstSession,
            List<String> las) {
        List<Map<String, String>> list = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            list.add(Map.of("date", firstSession.plusWeeks(i).toString(), "start", "09:30", "end", "15:30"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeId", programmeId);
        body.put("name", "Cohort " + firstSession);
        body.put("sessions", list);
        body.put("venue", "Leicester Maths Hub, LE1 7RH");
        body.put("capacity", capacity);
        body.put("bookingOpensOn", LocalDate.now().minusDays(1).toString());
        body.put("bookingClosesOn", firstSession.minusDays(1).toString());
        body.put("cancellationCutoffDays", 7);
        body.put("eligibleLaCodes", String.join(",", las));
        return body;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
