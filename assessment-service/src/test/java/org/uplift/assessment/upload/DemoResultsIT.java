package org.uplift.assessment.upload;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;
import org.uplift.assessment.AssessmentServiceTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@AssessmentServiceTest
@TestPropertySource(properties = "uplift.demo-data=true")
class DemoResultsIT {

    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private EmbeddedKafkaBroker broker;

    @Test
    void demoSchoolsGetSyntheticResultsThroughTheUploadPathOnce() throws Exception {
        UploadClient.registerSchools(kafka, mongo, "856", "E12000004", "990101");
        UploadClient.registerSchools(kafka, mongo, "855", "E12000004", "990201");

        List<JsonNode> ks4 = UploadClient.resultEvents(broker, "990101:KS4:KS4:2024/25:SUMMER", 1);
        List<JsonNode> ks2 = UploadClient.resultEvents(broker, "990201:KS2:KS2:2024/25:SUMMER", 1);
        List<JsonNode> diagnostic = UploadClient.resultEvents(broker, "990101:DIAGNOSTIC:Y7 maths diagnostic:2025/26:AUTUMN", 1);

        assertThat(ks4).hasSize(1);
        assertThat(ks4.get(0).at("/payload/pupils/0/pag").isNumber()).isTrue();
        assertThat(ks2).hasSize(1);
        assertThat(diagnostic.get(0).at("/payload/maxMark").asInt()).isEqualTo(40);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (mongo.getCollection("uploads").countDocuments(new Document("status", "ACCEPTED")) < 4 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(mongo.getCollection("uploads").countDocuments(new Document("status", "ACCEPTED"))).isEqualTo(4);
        assertThat(mongo.getCollection("uploads").countDocuments(new Document("status", "REJECTED"))).isZero();
    }
}
