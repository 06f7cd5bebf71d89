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

@AssessmentServiceTest
class CtfUploadIT {

    private static final Map<String, String> KS2 = Map.of("kind", "KS2", "academicYear", "2025/26");

    @LocalServerPort
    private int port;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private EmbeddedKafkaBroker broker;

    @Test
    void aCommonTransferFileIsReadForPupilsCharacteristicsAndKs2ScaledScores() throws Exception {
        UploadClient.registerSchools(kafka, mongo, "856", "E12000004", "990110");
        String one = Pupils.upn("990110", 1);
        String two = Pupils.upn("990110", 2);
        String ctf = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile>
                  <Header>
                    <DocumentName>Common Transfer File</DocumentName>
                    <CTFversion>25.0</CTFversion>
                    <SourceSchool><LEA>856</LEA><Estab>4001</Estab><URN>990110</URN><SchoolName>Synthetic</SchoolName></SourceSchool>
                  </Header>
                  <CTFpupilData>
                    <Pupil>
                      <UPN>%s</UPN><Surname>Synthetic</Surname><Forename>One</Forename><DOB>2014-10-01</DOB><Sex>F</Sex>
                      <BasicDetails><Ethnicity>WBRI</Ethnicity><NCyearActual>6</NCyearActual>
                        <Languages><Type><LanguageType>F</LanguageType><Language>ENG</Language></Type></Languages></BasicDetails>
                      <FSMhistory><FSMinstance><FSMstartDate>2022-01-05</FSMstartDate></FSMinstance></FSMhistory>
                      <SENhistory><SEN><StartDate>2020-09-01</StartDate><SENprovision>K</SENprovision></SEN></SENhistory>
                      <StageAssessments><KeyStage><Stage>KS2</Stage>
                        <StageAssessment><Locale>ENG</Locale><Year>2026</Year><Subject>MAT</Subject><Method>TT</Method><Component>MAT</Component><ResultQualifier>SS</ResultQualifier><Result>104</Result></StageAssessment>
                        <StageAssessment><Locale>ENG</Locale><Year>2026</Year><Subject>REA</Subject><Method>TT</Method><Component>REA</Component><ResultQualifier>SS</ResultQualifier><Result>99</Result></StageAssessment>
                      </KeyStage></StageAssessments>
                    </Pupil>
                    <Pupil>
                      <UPN>%s</UPN><Surname>Synthetic</Surname><Forename>Two</Forename><DOB>2014-11-01</DOB><Sex>M</Sex>
                      <BasicDetails><Ethnicity>APKN</Ethnicity><NCyearActual>6</NCyearActual>
                        <Languages><Type><LanguageType>F</LanguageType><Language>URD</Language></Type></Languages></BasicDetails>
                      <StageAssessments><KeyStage><Stage>KS2</Stage>
                        <StageAssessment><Subject>MAT</Subject><ResultQualifier>SS</ResultQualifier><Result>111</Result></StageAssessment>
                        <StageAssessment><Subject>ENG</Subject><Component>READING</Component><ResultQualifier>SS</ResultQualifier><Result>112</Result></StageAssessment>
                      </KeyStage></StageAssessments>
                    </Pupil>
                  </CTFpupilData>
                </CTfile>
                """.formatted(one, two);

        JsonNode status = new UploadClient(port).uploadAndWait(TestTokens.leicesterOfficer(), "school.xml", ctf, KS2);

        assertThat(status.path("status").asString()).as(status.toString()).isEqualTo("ACCEPTED");
        assertThat(status.path("format").asString()).isEqualTo("CTF");
        List<JsonNode> events = UploadClient.resultEvents(broker, "990110:KS2:KS2:2025/26:SUMMER", 1);
        JsonNode pupils = events.get(0).at("/payload/pupils");
        assertThat(pupils.get(0).path("disadvantaged").asBoolean()).isTrue();
        assertThat(pupils.get(0).path("senProvision").asString()).isEqualTo("SEN_SUPPORT");
        assertThat(pupils.get(0).path("eal").asBoolean()).isFalse();
        assertThat(pupils.get(0).path("ks2Maths").asInt()).isEqualTo(104);
        assertThat(pupils.get(0).path("ks2Reading").asInt()).isEqualTo(99);
        assertThat(pupils.get(1).path("eal").asBoolean()).isTrue();
        assertThat(pupils.get(1).path("disadvantaged").asBoolean()).isFalse();
        assertThat(pupils.get(1).path("ks2ReadingHigher").asBoolean()).isTrue();
        assertThat(events.get(0).toString()).doesNotContain(one, two, "Synthetic", "2014-10-01");
    }

    @Test
    void aCtfWithAnExternalEntityIsRefusedWithoutReadingIt() throws Exception {
        UploadClient.registerSchools(kafka, mongo, "856", "E12000004", "990111");
        String ctf = """
                <?xml version="1.0"?>
                <!DOCTYPE CTfile [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
                <CTfile><Header><SourceSchool><URN>990111</URN></SourceSchool></Header>
                <CTFpupilData><Pupil><UPN>&leak;</UPN></Pupil></CTFpupilData></CTfile>
                """;

        JsonNode status = new UploadClient(port).uploadAndWait(TestTokens.leicesterOfficer(), "evil.xml", ctf, KS2);

        assertThat(status.path("status").asString()).isIn("FAILED", "REJECTED");
        assertThat(status.toString()).doesNotContain("root:");
        assertThat(mongo.getCollection("result_batches").countDocuments(new org.bson.Document("datasetId",
                "990111:KS2:KS2:2025/26:SUMMER"))).isZero();
    }
}
