package org.uplift.schools.school;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;
import org.uplift.schools.Api;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class SchoolImportIT {

    static final String HEADER = "URN,LA (code),EstablishmentNumber,EstablishmentName,PhaseOfEducation (name),"
            + "TypeOfEstablishment (name),EstablishmentStatus (name),Trusts (name),Postcode,CloseDate\r\n";

    /** BOM, CRLF, quoted commas and quotes, a superseded LA code (835 Dorset → 838), a blank line, a closed school. */
    static final String MESSY = "\uFEFF" + HEADER
            + "990701,856,4701,\"Synthetic School, The\",Secondary,Academy converter,Open,\"Synthetic \"\"Quoted\"\" Trust\",le1 7rh,\r\n"
            + "990702,835,2001,Synthetic Dorset Primary,Primary,Community school,\"Open, but proposed to close\",,DT1 1AA,\r\n"
            + "\r\n"
            + "990703,856,52,  Synthetic Padded Primary  ,Primary,Voluntary aided school,Closed,,,31-08-2025\r\n";

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aMessyGiasFileImportsAndReimportingItChangesNothing() {
        HttpResponse<String> first = api.upload("/api/schools/import", TestTokens.admin(), "gias.csv", bytes(MESSY));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Api.json(first).path("registered").asInt()).isEqualTo(3);
        JsonNode quoted = Api.json(api.get("/api/schools/990701", TestTokens.admin()));
        assertThat(quoted.path("name").asString()).isEqualTo("Synthetic School, The");
        assertThat(quoted.path("trust").asString()).isEqualTo("Synthetic \"Quoted\" Trust");
        assertThat(quoted.path("postcode").asString()).isEqualTo("LE1 7RH");
        assertThat(Api.json(api.get("/api/schools/990702", TestTokens.admin())).path("laCode").asString()).isEqualTo("838");
        JsonNode padded = Api.json(api.get("/api/schools/990703", TestTokens.admin()));
        assertThat(padded.path("establishmentNumber").asString()).isEqualTo("0052");
        assertThat(padded.path("name").asString()).isEqualTo("Synthetic Padded Primary");
        assertThat(padded.path("status").asString()).isEqualTo("CLOSED");
        assertThat(padded.path("closedOn").asString()).isEqualTo("2025-08-31");
        long version = padded.path("version").asLong();

        HttpResponse<String> again = api.upload("/api/schools/import", TestTokens.admin(), "gias.csv", bytes(MESSY));

        assertThat(Api.json(again).path("unchanged").asInt()).isEqualTo(3);
        assertThat(Api.json(again).path("registered").asInt()).isZero();
        assertThat(Api.json(api.get("/api/schools/990703", TestTokens.admin())).path("version").asLong()).isEqualTo(version);
    }

    @Test
    void aFileWithBadRowsReportsEveryRowAndColumnAndImportsNothing() {
        String bad = HEADER
                + "990711,856,4711,Synthetic Good Row,Secondary,Academy converter,Open,,,\r\n"
                + "99071X,856,4712,Synthetic Bad Urn,Secondary,Academy converter,Open,,,\r\n"
                + "990713,999,4713,Synthetic Bad La,Nursery school,Academy converter,Open,,NOT A POSTCODE,\r\n"
                + "990711,856,4714,Synthetic Duplicate,Secondary,Academy converter,Open,,,\r\n"
                + "990715,890,4715,Synthetic Blackpool,Primary,Academy converter,Shut,,,\r\n";

        HttpResponse<String> response = api.upload("/api/schools/import", TestTokens.leicesterOfficer(), "bad.csv", bytes(bad));

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> problems = Api.json(response).path("errors").valueStream()
                .map(e -> e.path("row").asInt() + ":" + e.path("field").asString()).toList();
        assertThat(problems).containsExactlyInAnyOrder("3:URN", "4:LA (code)", "4:PhaseOfEducation (name)", "4:Postcode",
                "5:URN", "6:EstablishmentStatus (name)");
        assertThat(api.get("/api/schools/990711", TestTokens.leicesterOfficer()).statusCode()).isEqualTo(404);
    }

    @Test
    void anOfficerCannotImportSchoolsOfAnotherLa() {
        String other = HEADER + "990721,890,4721,Synthetic Blackpool Primary,Primary,Academy converter,Open,,,\r\n";

        HttpResponse<String> response = api.upload("/api/schools/import", TestTokens.leicesterOfficer(), "other.csv", bytes(other));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Api.json(response).path("errors").get(0).path("field").asString()).isEqualTo("LA (code)");
    }

    @Test
    void aFileWithoutGiasHeadersNamesTheMissingColumns() {
        HttpResponse<String> response = api.upload("/api/schools/import", TestTokens.admin(), "x.csv", bytes("urn,name\r\n1,2\r\n"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Api.json(response).path("errors").findValuesAsString("field")).contains("URN", "LA (code)");
    }

    @Test
    void theImportPageShowsEveryProblemAndOffersThemAsADownload() throws Exception {
        String bad = HEADER + "1,856,4711,Synthetic,Secondary,Academy converter,Open,,,\r\n";
        HttpResponse<String> started = api.upload("/schools/import", TestTokens.leicesterOfficer(), "bad.csv", bytes(bad));
        assertThat(started.statusCode()).isEqualTo(302);
        String status = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        String page = awaitFinished(status);

        assertThat(page).contains("Nothing was imported", "id=\"import-problems\"", "URN must be 6 digits");
        HttpResponse<String> csv = api.get(status + "/problems.csv", TestTokens.leicesterOfficer());
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("Row,Column,Problem").contains("2,URN,");
        assertThat(api.get(status, TestTokens.blackpoolOfficer()).statusCode()).isEqualTo(404);
    }

    private String awaitFinished(String statusPath) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String body = api.get(statusPath, TestTokens.leicesterOfficer()).body();
            if (!body.contains("id=\"check-progress\"")) {
                return body;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import did not finish");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
