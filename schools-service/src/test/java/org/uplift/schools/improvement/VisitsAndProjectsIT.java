package org.uplift.schools.improvement;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.uplift.contracts.Topics;
import org.uplift.platform.security.Role;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;
import org.uplift.schools.Api;
import org.uplift.schools.Events;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class VisitsAndProjectsIT {

    static final TestTokens OFFICER = TestTokens.leicesterOfficer();
    static final TestTokens SLE = TestTokens.user("sle.one", Role.SLE).region("E12000004");

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
    void anAssignedSleRecordsAVisitAndSomeoneElseSignsItOff() {
        register("991001", "856", TestTokens.admin());
        assign("991001", "sle.one");

        HttpResponse<String> visit = api.post("/api/schools/991001/visits", SLE, Map.of("visitDate", LocalDate.now().toString(),
                "purpose", "Coaching", "focusAreas", "teaching, assessment", "notes", "Two lessons", "minutesSpent", 90));
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(201);
        String id = Api.json(visit).path("id").asString();
        JsonNode recorded = Events.await(broker, Topics.VISIT, id, "visit.recorded");
        assertThat(recorded.at("/payload/minutesSpent").asInt()).isEqualTo(90);
        assertThat(recorded.at("/payload/focusAreas/1").asString()).isEqualTo("assessment");

        assertThat(api.postWithIfMatch("/api/schools/991001/visits/" + id + "/sign-off", SLE, Api.etag(visit), Map.of())
                .statusCode()).isEqualTo(403);
        HttpResponse<String> signed = api.postWithIfMatch("/api/schools/991001/visits/" + id + "/sign-off", OFFICER,
                Api.etag(visit), Map.of());
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(Api.json(signed).path("signedOffBy").asString()).isEqualTo("leicester.officer");
        assertThat(Events.await(broker, Topics.VISIT, id, "visit.signed-off").at("/payload/urn").asString()).isEqualTo("991001");
    }

    @Test
    void theVisitPageKeepsWhatWasTypedAndShowsTheErrorSummary() {
        register("991002", "856", TestTokens.admin());
        assign("991002", "sle.one");

        HttpResponse<String> page = api.form("/schools/991002/visits", SLE, Map.of("visitDate", "31/02/2026",
                "purpose", "Kept purpose", "focusAreas", "x", "notes", "n", "minutesSpent", "60"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary", "must be a real date", "value=\"Kept purpose\"");
    }

    @Test
    void aProjectLedByOneLaIncludesASchoolOfAnotherWhichThenSeesIt() {
        register("991011", "856", OFFICER);
        register("991012", "855", TestTokens.admin());
        TestTokens leicestershire = TestTokens.user("leicestershire.officer", Role.LA_OFFICER).laCodes("855").region("E12000004");
        HttpResponse<String> created = api.post("/api/projects", OFFICER, Map.of("title", "Synthetic KS3 project",
                "leadLaCode", "856", "aims", "Better KS3", "targetGroups", "Disadvantaged, SEND",
                "startDate", "2026-09-01", "endDate", "2027-07-31"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Api.json(created).path("id").asString();
        assertThat(api.get("/api/projects/" + id, leicestershire).statusCode()).isEqualTo(404);

        HttpResponse<String> joined = api.postWithIfMatch("/api/projects/" + id + "/schools", OFFICER, Api.etag(created),
                Map.of("urn", "991012"));

        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
        assertThat(api.get("/api/projects/" + id, leicestershire).statusCode()).isEqualTo(200);
        assertThat(api.postWithIfMatch("/api/projects/" + id + "/meetings", leicestershire, Api.etag(joined),
                Map.of("date", "2026-10-01", "decisions", "d")).statusCode()).as("only the lead LA changes it").isEqualTo(403);
        assertThat(api.get("/api/projects/" + id, TestTokens.blackpoolOfficer()).statusCode()).isEqualTo(404);
        JsonNode event = Events.await(broker, Topics.PROJECT, id, "project.membership-changed");
        assertThat(event.at("/payload/change").asString()).isEqualTo("JOINED");
        assertThat(event.at("/payload/laCode").asString()).isEqualTo("855");
        assertThat(event.at("/payload/leadLaCode").asString()).isEqualTo("856");

        HttpResponse<String> budget = api.postWithIfMatch("/api/projects/" + id + "/budget-lines", OFFICER, Api.etag(joined),
                Map.of("category", "SLE support", "planned", 1000, "spent", 250.5));
        assertThat(Api.json(budget).path("spentTotal").asDouble()).isEqualTo(250.5);
        assertThat(api.postWithIfMatch("/api/projects/" + id + "/evaluations", OFFICER, Api.etag(joined),
                Map.of("term", "2026-27 autumn", "summary", "s")).statusCode()).isEqualTo(412);
        HttpResponse<String> left = api.put("/api/projects/" + id, OFFICER, null, Map.of());
        assertThat(left.statusCode()).isIn(400, 428);
    }

    @Test
    void theProjectPageRejectsAnUnknownSchoolAndKeepsTheTypedUrn() {
        HttpResponse<String> created = api.post("/api/projects", OFFICER, Map.of("title", "Page project", "leadLaCode", "856",
                "aims", "a", "startDate", "2026-09-01", "endDate", "2027-07-31"));
        String id = Api.json(created).path("id").asString();

        HttpResponse<String> page = api.form("/schools/projects/" + id + "/schools", OFFICER, Map.of("urn", "999999",
                "version", Api.json(created).path("version").asString()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary", "There is no open school with URN 999999", "value=\"999999\"");
    }

    @Test
    void hubsAreMaintainedByAdminsAndGiveTheirLeadTheSchoolsOfTheLasServed() {
        register("991021", "857", TestTokens.admin());
        HttpResponse<String> forbidden = api.post("/api/hubs", OFFICER, Map.of("code", "RUTH", "name", "n",
                "leadSchoolUrn", "991021", "servedLaCodes", "857"));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        HttpResponse<String> hub = api.post("/api/hubs", TestTokens.admin(), Map.of("code", "RUTH", "name", "Rutland Hub",
                "leadSchoolUrn", "991021", "servedLaCodes", "857, 928x"));
        assertThat(hub.statusCode()).isEqualTo(400);
        hub = api.post("/api/hubs", TestTokens.admin(), Map.of("code", "RUTH", "name", "Rutland Hub",
                "leadSchoolUrn", "991021", "servedLaCodes", "857"));
        assertThat(hub.statusCode()).as(hub.body()).isEqualTo(201);
        TestTokens hubLead = TestTokens.user("rutland.lead", Role.HUB_LEAD).hub("RUTH");
        assertThat(api.get("/api/schools/991021", hubLead).statusCode()).isEqualTo(200);

        HttpResponse<String> changed = api.put("/api/hubs/RUTH", TestTokens.admin(), Api.etag(hub), Map.of("code", "RUTH",
                "name", "Rutland Hub", "leadSchoolUrn", "991021", "servedLaCodes", "856"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(api.put("/api/hubs/RUTH", TestTokens.admin(), Api.etag(hub), Map.of("code", "RUTH", "name", "Stale",
                "leadSchoolUrn", "991021", "servedLaCodes", "857")).statusCode()).isEqualTo(412);
        assertThat(api.get("/api/schools/991021", hubLead).statusCode()).isEqualTo(404);
        assertThat(Api.json(changed).path("audit").get(1).path("changes").get(0).path("field").asString()).isEqualTo("servedLaCodes");
    }

    private void register(String urn, String la, TestTokens token) {
        HttpResponse<String> created = api.post("/api/schools", token, Map.of("urn", urn, "laCode", la,
                "establishmentNumber", "5001", "name", "Synthetic School " + urn, "phase", "Primary", "type", "Community school"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private void assign(String urn, String username) {
        String etag = Api.etag(api.get("/api/schools/" + urn, TestTokens.admin()));
        assertThat(api.put("/api/schools/" + urn + "/system-leaders", TestTokens.admin(), etag,
                Map.of("usernames", username)).statusCode()).isEqualTo(200);
    }
}
