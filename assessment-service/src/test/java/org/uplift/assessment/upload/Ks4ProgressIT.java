package org.uplift.assessment.upload;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.uplift.assessment.AssessmentServiceTest;
import org.uplift.platform.testing.TestTokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * KS4 maths progress against a small dataset computed by hand (docs/measures.md, "Worked example"): school B is
 * uploaded first, then school A; A's estimates are the means over both schools' pupils of the year.
 */
@AssessmentServiceTest
class Ks4ProgressIT {

    private static final String HEADER = "UPN,URN,Year,Disadvantaged,SEN,EAL,Ethnicity,Sex,KS2 Reading,KS2 Maths,GCSE Maths,GCSE English\n";

    @LocalServerPort
    private int port;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private EmbeddedKafkaBroker broker;

    @Test
    void progressIsMeasuredAgainstThePlatformMeanOfEachPriorAttainmentGroup() throws Exception {
        UploadClient.registerSchools(kafka, mongo, "856", "E12000004", "990150", "990151");
        UploadClient client = new UploadClient(port);
        Map<String, String> ks4 = Map.of("kind", "KS4", "academicYear", "2024/25");
        String b = HEADER
                + row("990151", 1, "N", 100, 104, "8") // PAG 9, element 16
                + row("990151", 2, "Y", 90, 91, "2");  // PAG 5, element 4
        String a = HEADER
                + row("990150", 1, "N", 100, 104, "6") // PAG 9, element 12
                + row("990150", 2, "Y", 101, 103, "4") // PAG 9, element 8
                + row("990150", 3, "Y", 90, 91, "3")   // PAG 5, element 6
                + row("990150", 4, "N", 91, 90, "U")   // PAG 5, element 0
                + Pupils.upn("990150", 5) + ",990150,11,N,N,N,WBRI,F,,,5,5\n"; // no prior attainment: no PAG

        JsonNode first = client.uploadAndWait(TestTokens.leicesterOfficer(), "b.csv", b, ks4);
        JsonNode second = client.uploadAndWait(TestTokens.leicesterOfficer(), "a.csv", a, ks4);

        assertThat(first.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(first.at("/datasets/0/summary/meanMathsProgress").asDouble()).isEqualTo(0.0);
        assertThat(second.path("status").asString()).as(second.toString()).isEqualTo("ACCEPTED");
        JsonNode summary = second.at("/datasets/0/summary");
        // estimates: PAG 9 = (16 + 12 + 8) / 3 = 12; PAG 5 = (4 + 6 + 0) / 3 = 3.333...
        // progress: 0, -2, 1.333, -1.667 -> mean -0.5833 over the 4 pupils with a PAG
        assertThat(summary.path("meanMathsProgress").asDouble()).isCloseTo(-0.583333, offset(1e-5));
        assertThat(summary.path("pupilsWithProgress").asInt()).isEqualTo(4);
        assertThat(summary.path("pctMathsGrade4").asDouble()).isCloseTo(60.0, offset(1e-9));
        assertThat(summary.path("pctMathsGrade5").asDouble()).isCloseTo(40.0, offset(1e-9));

        List<JsonNode> events = UploadClient.resultEvents(broker, "990150:KS4:KS4:2024/25:SUMMER", 1);
        JsonNode pupils = events.get(0).at("/payload/pupils");
        assertThat(events.get(0).at("/payload/estimatesSource").asString()).isEqualTo("PLATFORM");
        assertThat(pupils.get(0).path("pag").asInt()).isEqualTo(9);
        assertThat(pupils.get(0).path("mathsEstimate").asDouble()).isEqualTo(12.0);
        assertThat(pupils.get(0).path("mathsProgress").asDouble()).isEqualTo(0.0);
        assertThat(pupils.get(1).path("mathsProgress").asDouble()).isEqualTo(-2.0);
        assertThat(pupils.get(2).path("pag").asInt()).isEqualTo(5);
        assertThat(pupils.get(2).path("mathsProgress").asDouble()).isCloseTo(4.0 / 3, offset(1e-9));
        assertThat(pupils.get(3).path("ks4MathsGrade").asInt()).isZero();
        assertThat(pupils.get(3).path("mathsProgress").asDouble()).isCloseTo(-5.0 / 3, offset(1e-9));
        assertThat(pupils.get(4).path("pag").isNull()).isTrue();
        assertThat(pupils.get(4).path("mathsProgress").isNull()).isTrue();
        assertThat(pupils.get(2).path("disadvantaged").asBoolean()).isTrue();
    }

    @Test
    void anOfficialEstimatesTableOverridesThePlatformMeans() throws Exception {
        UploadClient.registerSchools(kafka, mongo, "856", "E12000004", "990152");
        UploadClient client = new UploadClient(port);
        var official = client.uploadRaw("/api/assessments/estimates", TestTokens.admin(), "estimates.csv",
                "pag,maths_estimate\n9,11\n5,4.5\n".getBytes(), Map.of("academicYear", "2023/24"));
        assertThat(official.statusCode()).as(official.body()).isEqualTo(200);
        var refused = client.uploadRaw("/api/assessments/estimates", TestTokens.leicesterOfficer(), "estimates.csv",
                "pag,maths_estimate\n9,11\n".getBytes(), Map.of("academicYear", "2023/24"));
        assertThat(refused.statusCode()).isEqualTo(403);

        JsonNode status = client.uploadAndWait(TestTokens.leicesterOfficer(), "c.csv", HEADER
                + row("990152", 1, "N", 100, 104, "6") + row("990152", 2, "N", 90, 91, "3"),
                Map.of("kind", "KS4", "academicYear", "2023/24"));

        // (12 - 11) / 2 = 0.5 and (6 - 4.5) / 2 = 0.75 -> mean 0.625
        assertThat(status.at("/datasets/0/summary/meanMathsProgress").asDouble()).isCloseTo(0.625, offset(1e-9));
        JsonNode event = UploadClient.resultEvents(broker, "990152:KS4:KS4:2023/24:SUMMER", 1).get(0);
        assertThat(event.at("/payload/estimatesSource").asString()).isEqualTo("OFFICIAL");
    }

    private static String row(String urn, int serial, String disadvantaged, int reading, int maths, String grade) {
        return Pupils.upn(urn, serial) + "," + urn + ",11," + disadvantaged + ",N,N,WBRI,F," + reading + "," + maths + ","
                + grade + ",5\n";
    }
}
