package org.uplift.reporting.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.kafka.core.KafkaTemplate;
import org.uplift.contracts.Topics;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Publishes envelopes the way the producing services do, for the reporting ITs. */
public final class Events {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaTemplate<String, String> kafka;

    public Events(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    public void school(String urn, String la, String region) throws Exception {
        String envelope = """
                {"eventId":"%s","type":"school.registered","version":1,"occurredAt":"%s","source":"schools-service","laCode":"%s",
                 "payload":{"school":{"urn":"%s","laCode":"%s","regionCode":"%s","establishmentNumber":"4001",
                 "name":"Synthetic %s","phase":"Primary","type":"Academy","status":"OPEN"}}}"""
                .formatted(UUID.randomUUID(), Instant.now(), la, urn, la, region, urn);
        kafka.send(Topics.SCHOOL, urn, envelope).get();
    }

    /** Any event, its payload given as JSON, at {@code at}. */
    public void publish(String topic, String key, String type, String la, Instant at, String payload) throws Exception {
        String envelope = """
                {"eventId":"%s","type":"%s","version":1,"occurredAt":"%s","source":"test","laCode":"%s","payload":%s}"""
                .formatted(UUID.randomUUID(), type, at, la, payload);
        kafka.send(topic, key, envelope).get();
    }

    /** One KS2 pupil: maths scaled score, disadvantaged, SEN, ethnicity, sex. */
    public record Ks2(int maths, boolean disadvantaged, boolean sen, String ethnicity, String sex) {
    }

    public static Ks2 ks2(int maths, boolean disadvantaged, boolean sen, String ethnicity, String sex) {
        return new Ks2(maths, disadvantaged, sen, ethnicity, sex);
    }

    /** results.accepted for one part of a KS2 dataset; pupil ids are {@code prefix-i}. */
    public void ks2Results(String urn, String la, String year, long sequence, int part, int parts, String prefix,
            List<Ks2> pupils) throws Exception {
        String datasetId = urn + ":KS2:KS2:" + year + ":SUMMER";
        ArrayNode rows = JSON.createArrayNode();
        for (int i = 0; i < pupils.size(); i++) {
            Ks2 p = pupils.get(i);
            ObjectNode row = rows.addObject();
            row.put("pupilId", prefix + "-" + i).put("yearGroup", 6).put("disadvantaged", p.disadvantaged())
                    .put("senProvision", p.sen() ? "SEN_SUPPORT" : "NONE").put("eal", false)
                    .put("ethnicity", p.ethnicity()).put("sex", p.sex()).put("ks2Reading", 100).put("ks2Maths", p.maths())
                    .put("ks2ReadingExpected", true).put("ks2ReadingHigher", false)
                    .put("ks2MathsExpected", p.maths() >= 100).put("ks2MathsHigher", p.maths() >= 110);
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("submissionId", "sub-" + urn + "-" + sequence).put("datasetId", datasetId).put("urn", urn)
                .put("laCode", la).put("academicYear", year).put("kind", "KS2").put("assessment", "KS2").put("term", "SUMMER")
                .putNull("maxMark").put("sequence", sequence).putNull("replacesSubmissionId").put("part", part).put("parts", parts)
                .put("pupilCount", pupils.size()).putNull("estimatesSource").set("pupils", rows);
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("eventId", UUID.randomUUID().toString()).put("type", "results.accepted").put("version", 1)
                .put("occurredAt", Instant.now().toString()).put("source", "assessment-service").put("laCode", la)
                .set("payload", payload);
        kafka.send(Topics.RESULT, datasetId, JSON.writeValueAsString(envelope)).get();
    }

    /** The 12-pupil KS2 school of FiguresTest. */
    public static List<Ks2> twelvePupils() {
        return new ArrayList<>(List.of(ks2(90, true, true, "WBRI", "F"), ks2(95, true, false, "WBRI", "F"),
                ks2(100, true, false, "WBRI", "F"), ks2(100, true, false, "ABAN", "F"), ks2(105, true, false, "ABAN", "F"),
                ks2(110, true, false, "ABAN", "F"), ks2(99, false, true, "WBRI", "M"), ks2(100, false, false, "WBRI", "M"),
                ks2(101, false, false, "WBRI", "M"), ks2(104, false, false, "WBRI", "M"), ks2(110, false, false, "WBRI", "M"),
                ks2(112, false, false, "WBRI", "M")));
    }
}
