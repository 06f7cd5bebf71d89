package org.uplift.assessment.upload;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.uplift.assessment.AssessmentServiceTest;
import org.uplift.platform.testing.TestTokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@AssessmentServiceTest
class DiagnosticCatalogueIT {

    @LocalServerPort
    private int port;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private MongoTemplate mongo;

    @Test
    void anLaDefinesADiagnosticAndItsSchoolsUploadMarksAgainstIt() throws Exception {
        UploadClient.registerSchools(kafka, mongo, "856", "E12000004", "990130");
        UploadClient client = new UploadClient(port);
        HttpResponse<String> defined = post(TestTokens.leicesterOfficer(),
                Map.of("name", "Y2 maths diagnostic", "yearGroup", 2, "maxMark", 25, "laCode", "856"));
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
        String id = UploadClient.JSON.readTree(defined.body()).path("id").asString();
        assertThat(post(TestTokens.blackpoolOfficer(), Map.of("name", "X", "yearGroup", 2, "maxMark", 25, "laCode", "856"))
                .statusCode()).isEqualTo(400);
        assertThat(client.get("/api/assessments/diagnostics", TestTokens.blackpoolOfficer()).body()).doesNotContain(id);

        String csv = "upn,urn,year_group,disadvantaged,sen_provision,eal,ethnicity,sex,mark\n"
                + Pupils.upn("990130", 1) + ",990130,2,Y,N,N,WBRI,F,20\n"
                + Pupils.upn("990130", 2) + ",990130,2,N,N,N,WBRI,M,26\n";
        JsonNode rejected = client.uploadAndWait(TestTokens.leicesterOfficer(), "y2.csv", csv,
                Map.of("kind", "DIAGNOSTIC", "diagnosticId", id, "academicYear", "2025/26", "term", "SPRING"));
        JsonNode accepted = client.uploadAndWait(TestTokens.leicesterOfficer(), "y2.csv", csv.replace(",26\n", ",15\n"),
                Map.of("kind", "DIAGNOSTIC", "diagnosticId", id, "academicYear", "2025/26", "term", "SPRING"));

        assertThat(rejected.at("/errors/0/message").asString()).isEqualTo("Mark must be a whole number from 0 to 25");
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("label").asString()).contains("Y2 maths diagnostic", "out of 25");
        // (20/25 + 15/25) / 2 = 70%
        assertThat(accepted.at("/datasets/0/summary/meanMarkPercent").asDouble()).isEqualTo(70.0);
    }

    private HttpResponse<String> post(TestTokens token, Map<String, Object> body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/assessments/diagnostics")).header("Authorization", token.bearer())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(UploadClient.JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
