package org.uplift.assessment.upload;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.uplift.assessment.AssessmentServiceTest;
import org.uplift.platform.security.Role;
import org.uplift.platform.testing.TestTokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@AssessmentServiceTest
@ExtendWith(OutputCaptureExtension.class)
class UploadIT {

    private static final Map<String, String> KS2 = Map.of("kind", "KS2", "academicYear", "2025/26");

    @LocalServerPort
    private int port;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private EmbeddedKafkaBroker broker;

    private UploadClient client() throws Exception {
        UploadClient.registerSchools(kafka, mongo, "856", "E12000004", "990101", "990102", "990103", "990104", "990105");
        UploadClient.registerSchools(kafka, mongo, "890", "E12000002", "990301");
        return new UploadClient(port);
    }

    @Test
    void aMessyCsvIsAcceptedAndAnnouncedWithPseudonymousFactsOnly(CapturedOutput output) throws Exception {
        String a = Pupils.upn("990101", 1);
        String b = Pupils.upn("990101", 2);
        String c = Pupils.upn("990101", 3);
        String csv = "\uFEFF\"UPN\";\"URN\";\"NC Year Actual\";\"Pupil Premium Indicator\";\"SEN\";\"EAL\";\"Ethnic Code\";\"Gender\";\"Forename\";\"Reading Scaled Score\";\"Maths Scaled Score\"\r\n"
                + a + ";990101;Y6;Yes;K;N;WBRI;F;\"Smith; Jo\";99;100\r\n"
                + "\r\n"
                + "\"" + b.toLowerCase() + "\";990101;6;N;N;Y;APKN;M;\"Multi\r\nline\";110;121\r\n".replace("121", "111")
                + c + ";990101;6;n;E;n;nobt;f;X;;85\r\n";

        JsonNode status = client().uploadAndWait(TestTokens.leicesterOfficer(), "export.csv", csv, KS2);

        assertThat(status.path("status").asString()).as(status.toString()).isEqualTo("ACCEPTED");
        assertThat(status.path("rows").asInt()).isEqualTo(3);
        JsonNode dataset = status.path("datasets").get(0);
        assertThat(dataset.path("pupils").asInt()).isEqualTo(3);
        assertThat(dataset.at("/summary/pctReadingExpected").asDouble()).isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(0.01));
        List<JsonNode> events = UploadClient.resultEvents(broker, "990101:KS2:KS2:2025/26:SUMMER", 1);
        assertThat(events).hasSize(1);
        JsonNode payload = events.get(0).path("payload");
        assertThat(events.get(0).path("type").asString()).isEqualTo("results.accepted");
        assertThat(events.get(0).path("laCode").asString()).isEqualTo("856");
        assertThat(payload.path("pupils")).hasSize(3);
        JsonNode first = payload.path("pupils").get(0);
        assertThat(first.path("pupilId").asString()).hasSize(64);
        assertThat(first.path("disadvantaged").asBoolean()).isTrue();
        assertThat(first.path("senProvision").asString()).isEqualTo("SEN_SUPPORT");
        assertThat(first.path("ks2MathsExpected").asBoolean()).isTrue();
        assertThat(first.path("ks2ReadingExpected").asBoolean()).isFalse();
        assertThat(payload.path("pupils").get(2).path("ks2Reading").isNull()).isTrue();
        for (String upn : List.of(a, b, c)) {
            assertThat(events.get(0).toString()).doesNotContain(upn).doesNotContain(upn.toLowerCase());
            assertThat(status.toString()).doesNotContain(upn);
            assertThat(output.getAll()).doesNotContain(upn).doesNotContain(upn.toLowerCase());
            for (String collection : mongo.getCollectionNames()) {
                for (org.bson.Document document : mongo.getCollection(collection).find()) {
                    assertThat(document.toJson()).as(collection).doesNotContain(upn).doesNotContain(upn.toLowerCase())
                            .doesNotContain(upn.substring(1));
                }
            }
        }
    }

    @Test
    void aBadFileStoresNothingAndReportsEveryBadRowAndColumn() throws Exception {
        String good = Pupils.upn("990102", 1);
        String wrongLetter = (good.charAt(0) == 'A' ? "B" : "A") + good.substring(1);
        String csv = "upn,urn,year_group,disadvantaged,sen_provision,eal,ethnicity,sex,ks2_reading,ks2_maths\n"
                + good + ",990102,6,Y,N,N,WBRI,F,100,100\n"
                + wrongLetter + ",990102,6,Y,N,N,WBRI,F,100,100\n"
                + Pupils.upn("990102", 2) + ",990301,6,Y,N,N,WBRI,F,100,100\n"
                + Pupils.upn("990102", 3) + ",990102,5,maybe,X,N,ZZZZ,Q,79,121\n"
                + good + ",990102,6,Y,N,N,WBRI,F,101,100\n"
                + "12345,990102,6,Y,N,N,WBRI,F,100,100\n";
        UploadClient client = client();

        JsonNode status = client.uploadAndWait(TestTokens.leicesterOfficer(), "bad.csv", csv, KS2);

        assertThat(status.path("status").asString()).isEqualTo("REJECTED");
        HttpResponse<String> problem = client.get("/api/assessments/uploads/" + status.path("id").asString() + "/errors",
                TestTokens.leicesterOfficer(), "application/problem+json");
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode errors = UploadClient.JSON.readTree(problem.body()).path("errors");
        List<String> found = errors.valueStream().map(e -> e.path("row").asInt() + ":" + e.path("field").asString()).toList();
        assertThat(found).containsExactlyInAnyOrder("3:upn", "4:urn", "5:year_group", "5:disadvantaged",
                "5:sen_provision", "5:ethnicity", "5:sex", "5:ks2_reading", "5:ks2_maths", "6:upn", "7:upn");
        assertThat(problem.body()).doesNotContain(wrongLetter).doesNotContain(good).contains("UPN check letter is wrong");
        assertThat(mongo.getCollection("result_batches").countDocuments(new org.bson.Document("datasetId",
                "990102:KS2:KS2:2025/26:SUMMER"))).isZero();
        HttpResponse<String> csvReport = client.get("/api/assessments/uploads/" + status.path("id").asString() + "/errors",
                TestTokens.leicesterOfficer(), "text/csv");
        assertThat(csvReport.body()).startsWith("row,column,problem").contains("4,urn,URN 990301 is not a school");
    }

    @Test
    void missingColumnsAreAllReported() throws Exception {
        JsonNode status = client().uploadAndWait(TestTokens.leicesterOfficer(), "cols.csv",
                "upn,urn,year,sex\n" + Pupils.upn("990103", 1) + ",990103,6,F\n", KS2);

        assertThat(status.path("status").asString()).isEqualTo("REJECTED");
        assertThat(status.path("errors").valueStream().map(e -> e.path("field").asString()).toList())
                .containsExactlyInAnyOrder("disadvantaged", "sen_provision", "eal", "ethnicity", "ks2_reading", "ks2_maths");
    }

    @Test
    void sameFileTwiceChangesNothingAndACorrectedFileReplacesTheEarlierOne() throws Exception {
        UploadClient client = client();
        String csv = Pupils.ks2Csv("990104", 40);

        JsonNode first = client.uploadAndWait(TestTokens.leicesterOfficer(), "a.csv", csv, KS2);
        JsonNode again = client.uploadAndWait(TestTokens.leicesterOfficer(), "a-again.csv", csv, KS2);
        String[] lines = csv.split("\r\n");
        String reordered = lines[0] + "\r\n" + String.join("\r\n", java.util.Arrays.asList(lines).subList(1, lines.length).reversed()) + "\r\n";
        JsonNode reorderedAgain = client.uploadAndWait(TestTokens.leicesterOfficer(), "a-reordered.csv", reordered, KS2);
        JsonNode corrected = client.uploadAndWait(TestTokens.leicesterOfficer(), "a-fixed.csv",
                csv.replaceFirst(",6,Y,K,Y,WBRI,F,90,95", ",6,Y,K,Y,WBRI,F,105,95"), KS2);

        assertThat(first.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(again.path("status").asString()).isEqualTo("UNCHANGED");
        assertThat(reorderedAgain.path("status").asString()).isEqualTo("UNCHANGED");
        assertThat(corrected.path("status").asString()).isEqualTo("ACCEPTED");
        JsonNode replaced = corrected.path("datasets").get(0);
        assertThat(replaced.path("sequence").asLong()).isEqualTo(first.at("/datasets/0/sequence").asLong() + 1);
        assertThat(replaced.path("replacedSubmissionId").asString()).isEqualTo(first.at("/datasets/0/submissionId").asString());

        JsonNode history = UploadClient.JSON.readTree(client.get("/api/assessments/uploads/history?urn=990104",
                TestTokens.leicesterOfficer()).body());
        assertThat(history.valueStream().map(h -> h.path("state").asString()).toList()).containsExactly("CURRENT", "REPLACED");
        List<JsonNode> events = UploadClient.resultEvents(broker, "990104:KS2:KS2:2025/26:SUMMER", 2);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).at("/payload/replacesSubmissionId").asString())
                .isEqualTo(events.get(0).at("/payload/submissionId").asString());
    }

    @Test
    void aSchoolLeadUploadsOnlyForTheirSchoolAndOthersCannotSeeTheUpload() throws Exception {
        UploadClient client = client();
        TestTokens lead = TestTokens.user("school.lead", Role.SCHOOL_LEAD).urn("990105").laCodes("856");

        JsonNode other = client.uploadAndWait(lead, "other.csv", Pupils.ks2Csv("990101", 2), KS2);
        JsonNode own = client.uploadAndWait(lead, "own.csv", Pupils.ks2Csv("990105", 2), KS2);

        assertThat(other.path("status").asString()).isEqualTo("REJECTED");
        assertThat(other.at("/errors/0/field").asString()).isEqualTo("urn");
        assertThat(own.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(client.get("/api/assessments/uploads/" + own.path("id").asString(), TestTokens.blackpoolOfficer())
                .statusCode()).isEqualTo(404);
        assertThat(client.get("/api/assessments/uploads/" + own.path("id").asString(), TestTokens.leicesterOfficer())
                .statusCode()).isEqualTo(200);
        assertThat(client.get("/api/assessments/uploads", TestTokens.user("em.board", Role.BOARD_MEMBER).region("E12000004"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void anUndescribedAssessmentIsRefusedAtOnce() throws Exception {
        HttpResponse<String> response = client().upload(TestTokens.leicesterOfficer(), "d.csv", "x".getBytes(),
                Map.of("kind", "DIAGNOSTIC", "academicYear", "2025/27"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(UploadClient.JSON.readTree(response.body()).path("errors").valueStream()
                .map(e -> e.path("field").asString()).toList())
                .containsExactlyInAnyOrder("academicYear", "assessmentName", "yearGroup", "term", "maxMark");
    }
}
