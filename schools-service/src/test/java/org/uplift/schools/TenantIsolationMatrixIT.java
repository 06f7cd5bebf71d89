package org.uplift.schools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uplift.platform.security.Role;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every read endpoint of one Leicester school's improvement records, from inside and from
 * outside its tenancy, plus the writes where tenancy matters. Outside the tenancy is 404 (existence does not leak);
 * a role that may never call an endpoint is 403.
 */
@ServiceIntegrationTest
class TenantIsolationMatrixIT {

    static final String OWN = "990901";
    static final String FOREIGN = "990902";
    static final TestTokens OFFICER_856 = TestTokens.leicesterOfficer();
    static final TestTokens OFFICER_890 = TestTokens.blackpoolOfficer();

    static Map<String, String> ids;

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void seed() {
        api = new Api(port);
        if (ids != null) {
            return;
        }
        ids = new HashMap<>();
        TestTokens admin = TestTokens.admin();
        register(OWN, "856");
        register(FOREIGN, "890");
        String etag = Api.etag(api.get("/api/schools/" + OWN, admin));
        assertThat(api.put("/api/schools/" + OWN + "/system-leaders", admin, etag, Map.of("usernames", "sle.one")).statusCode()).isEqualTo(200);
        api.post("/api/hubs", admin, Map.of("code", "MXH", "name", "Matrix Hub", "leadSchoolUrn", OWN, "servedLaCodes", "855, 856"));
        api.post("/api/hubs", admin, Map.of("code", "NWX", "name", "North West Matrix Hub", "leadSchoolUrn", FOREIGN, "servedLaCodes", "890"));
        var review = api.post("/api/schools/" + OWN + "/reviews", OFFICER_856, improvementReview());
        ids.put("review", Api.json(review).path("id").asString());
        var plan = api.post("/api/schools/" + OWN + "/action-plans", OFFICER_856, Map.of("title", "Plan", "reviewId", ids.get("review")));
        ids.put("plan", Api.json(plan).path("id").asString());
        ids.put("objective", Api.json(plan).path("objectives").get(0).path("id").asString());
        var visit = api.post("/api/schools/" + OWN + "/visits", TestTokens.user("sle.one", Role.SLE).region("E12000004"), visitBody());
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(201);
        ids.put("visit", Api.json(visit).path("id").asString());
        var project = api.post("/api/projects", OFFICER_856, Map.of("title", "Matrix project", "leadLaCode", "856",
                "aims", "Aims", "startDate", "2026-09-01", "endDate", "2027-07-31"));
        ids.put("project", Api.json(project).path("id").asString());
        api.postWithIfMatch("/api/projects/" + ids.get("project") + "/schools", OFFICER_856, Api.etag(project), Map.of("urn", OWN));
    }

    @Test
    void everyRoleSeesExactlyItsOwnTenancy() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("school", "/api/schools/" + OWN);
        endpoints.put("reviews", "/api/schools/" + OWN + "/reviews");
        endpoints.put("review", "/api/schools/" + OWN + "/reviews/" + ids.get("review"));
        endpoints.put("plans", "/api/schools/" + OWN + "/action-plans");
        endpoints.put("plan", "/api/action-plans/" + ids.get("plan"));
        endpoints.put("rag", "/api/action-plans/" + ids.get("plan") + "/rag-reviews");
        endpoints.put("visits", "/api/schools/" + OWN + "/visits");
        endpoints.put("visit", "/api/schools/" + OWN + "/visits/" + ids.get("visit"));
        endpoints.put("project", "/api/projects/" + ids.get("project"));
        endpoints.put("watchlist", "/api/local-authorities/856/watchlist");

        Map<String, TestTokens> callers = new LinkedHashMap<>();
        callers.put("admin", TestTokens.admin());
        callers.put("officer own LA", OFFICER_856);
        callers.put("officer other LA", OFFICER_890);
        callers.put("school lead own", TestTokens.user("school.lead", Role.SCHOOL_LEAD).urn(OWN));
        callers.put("school lead other", TestTokens.user("other.lead", Role.SCHOOL_LEAD).urn(FOREIGN));
        callers.put("teacher own", TestTokens.user("teacher", Role.TEACHER).urn(OWN));
        callers.put("sle assigned", TestTokens.user("sle.one", Role.SLE).region("E12000004"));
        callers.put("sle not assigned", TestTokens.user("sle.two", Role.SLE).region("E12000004"));
        callers.put("hub lead serving", TestTokens.user("hub.lead", Role.HUB_LEAD).hub("MXH").region("E12000004"));
        callers.put("hub lead elsewhere", TestTokens.user("nw.hub", Role.HUB_LEAD).hub("NWX").region("E12000002"));
        callers.put("board member", TestTokens.user("em.board", Role.BOARD_MEMBER).region("E12000004"));

        // columns in the order of the endpoints above
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("admin", "200 200 200 200 200 200 200 200 200 200");
        expected.put("officer own LA", "200 200 200 200 200 200 200 200 200 200");
        expected.put("officer other LA", "404 404 404 404 404 404 404 404 404 404");
        expected.put("school lead own", "200 200 200 200 200 200 200 200 200 403");
        expected.put("school lead other", "404 404 404 404 404 404 404 404 404 403");
        expected.put("teacher own", "200 403 403 403 403 403 403 403 200 403");
        expected.put("sle assigned", "200 200 200 200 200 200 200 200 403 403");
        expected.put("sle not assigned", "404 404 404 404 404 404 404 404 403 403");
        expected.put("hub lead serving", "200 403 403 403 403 403 403 403 403 403");
        expected.put("hub lead elsewhere", "404 403 403 403 403 403 403 403 403 403");
        expected.put("board member", "403 403 403 403 403 403 403 403 403 403");

        Map<String, String> actual = new LinkedHashMap<>();
        callers.forEach((name, token) -> {
            List<String> statuses = new ArrayList<>();
            endpoints.values().forEach(path -> statuses.add(String.valueOf(api.get(path, token).statusCode())));
            actual.put(name, String.join(" ", statuses));
        });
        assertThat(actual).as("rows: callers; columns: %s", endpoints.keySet()).containsExactlyEntriesOf(expected);
    }

    @Test
    void writesOutsideTheTenancyAre404AndWritesBeyondTheRoleAre403() {
        TestTokens sleTwo = TestTokens.user("sle.two", Role.SLE);
        TestTokens sleOne = TestTokens.user("sle.one", Role.SLE);
        TestTokens lead = TestTokens.user("school.lead", Role.SCHOOL_LEAD).urn(OWN);
        String planEtag = Api.etag(api.get("/api/action-plans/" + ids.get("plan"), OFFICER_856));
        Map<String, String> rag = Map.of("objectiveId", ids.get("objective"), "rag", "AMBER", "rationale", "r", "evidence", "e");

        assertThat(api.post("/api/schools/" + OWN + "/reviews", OFFICER_890, improvementReview()).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/schools/" + OWN + "/reviews", sleTwo, improvementReview()).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/schools/" + OWN + "/visits", sleTwo, visitBody()).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/schools/" + OWN + "/reviews", lead, improvementReview()).statusCode()).isEqualTo(403);
        assertThat(api.postWithIfMatch("/api/action-plans/" + ids.get("plan") + "/rag-reviews", OFFICER_890, planEtag, rag).statusCode()).isEqualTo(404);
        assertThat(api.postWithIfMatch("/api/action-plans/" + ids.get("plan") + "/rag-reviews", lead, planEtag, rag).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/schools/" + OWN + "/action-plans", sleOne, Map.of("title", "x")).statusCode()).isEqualTo(403);
        assertThat(api.put("/api/schools/" + OWN, OFFICER_890, "\"0\"", Map.of("establishmentNumber", "1234", "name", "x",
                "phase", "Secondary", "type", "t")).statusCode()).isEqualTo(404);
        assertThat(api.postWithIfMatch("/api/schools/" + OWN + "/visits/" + ids.get("visit") + "/sign-off", sleOne, "\"0\"", Map.of())
                .statusCode()).as("the visitor cannot sign off their own visit").isEqualTo(403);
        assertThat(api.postWithIfMatch("/api/action-plans/" + ids.get("plan") + "/rag-reviews", sleOne, planEtag, rag).statusCode())
                .as("an assigned SLE records RAG reviews").isEqualTo(201);
    }

    @Test
    void searchListsOnlyTheCallersSchools() {
        assertThat(Api.json(api.get("/api/schools?q=99090", OFFICER_890)).path("content").findValuesAsString("urn")).containsExactly(FOREIGN);
        assertThat(Api.json(api.get("/api/schools?q=99090", TestTokens.user("sle.one", Role.SLE))).path("content")
                .findValuesAsString("urn")).containsExactly(OWN);
        assertThat(Api.json(api.get("/api/projects", OFFICER_890)).path(0).isMissingNode()).isTrue();
    }

    private void register(String urn, String la) {
        var created = api.post("/api/schools", TestTokens.admin(), Map.of("urn", urn, "laCode", la, "establishmentNumber",
                "4901", "name", "Synthetic Matrix School " + urn, "phase", "Primary", "type", "Community school"));
        assertThat(created.statusCode()).isEqualTo(201);
    }

    static Map<String, String> improvementReview() {
        Map<String, String> body = new HashMap<>(Map.of("reviewDate", LocalDate.now().toString(), "reviewers", "A. Reviewer",
                "leadership", "Weak", "curriculum", "Secure", "teaching", "Secure", "assessment", "Secure",
                "intervention", "Secure", "cpd", "Secure", "governance", "Secure"));
        body.put("strengths", "s");
        body.put("areasToImprove", "a");
        return body;
    }

    static Map<String, Object> visitBody() {
        return Map.of("visitDate", LocalDate.now().toString(), "purpose", "Support the new maths lead",
                "focusAreas", "leadership, curriculum", "notes", "Observed two lessons", "followUps", "Share schemes of work",
                "minutesSpent", 120);
    }
}
