package org.uplift.assessment.upload;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.uplift.assessment.school.KnownSchool;
import org.uplift.contracts.Topics;
import org.uplift.platform.testing.TestTokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives the service as a client would: school events in, multipart uploads, status polling, result events out. */
final class UploadClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    UploadClient(int port) {
        this.port = port;
    }

    /** Registers schools the way schools-service announces them, and waits until the read model has them. */
    static void registerSchools(KafkaTemplate<String, String> kafka, MongoTemplate mongo, String la, String region,
            String... urns) throws Exception {
        for (String urn : urns) {
            String envelope = JSON.writeValueAsString(Map.of("eventId", UUID.randomUUID().toString(),
                    "type", "school.registered", "version", 1, "occurredAt", Instant.now().toString(),
                    "source", "schools-service", "laCode", la, "payload", Map.of("school", Map.of("urn", urn,
                            "laCode", la, "regionCode", region, "establishmentNumber", "4001", "name", "School " + urn,
                            "phase", "Secondary", "type", "Academy", "status", "OPEN"))));
            kafka.send(Topics.SCHOOL, urn, envelope).get();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (String urn : urns) {
            while (mongo.findById(urn, KnownSchool.class) == null) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("school " + urn + " never reached the read model");
                }
                Thread.sleep(100);
            }
        }
    }

    HttpResponse<String> upload(TestTokens token, String fileName, byte[] content, Map<String, String> fields)
            throws Exception {
        return uploadRaw("/api/assessments/uploads", token, fileName, content, fields);
    }

    HttpResponse<String> uploadRaw(String path, TestTokens token, String fileName, byte[] content,
            Map<String, String> fields) throws Exception {
        String boundary = "----uplift" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", token.bearer())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads and waits for the outcome; returns the finished status resource. */
    JsonNode uploadAndWait(TestTokens token, String fileName, String content, Map<String, String> fields) throws Exception {
        return uploadAndWait(token, fileName, content.getBytes(StandardCharsets.UTF_8), fields);
    }

    JsonNode uploadAndWait(TestTokens token, String fileName, byte[] content, Map<String, String> fields) throws Exception {
        HttpResponse<String> accepted = upload(token, fileName, content, fields);
        if (accepted.statusCode() != 202) {
            throw new AssertionError("expected 202, got " + accepted.statusCode() + ": " + accepted.body());
        }
        return await(token, JSON.readTree(accepted.body()).path("id").asString(), Duration.ofMinutes(10));
    }

    JsonNode await(TestTokens token, String id, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = JSON.readTree(get("/api/assessments/uploads/" + id, token).body());
            if (status.path("finished").asBoolean()) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("upload " + id + " did not finish");
    }

    HttpResponse<String> get(String path, TestTokens token) throws Exception {
        return get(path, token, "application/json");
    }

    HttpResponse<String> get(String path, TestTokens token, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", token.bearer())
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Every results event on the topic (from the start) until {@code expected} for the given key have arrived. */
    static List<JsonNode> resultEvents(EmbeddedKafkaBroker broker, String datasetId, int expected) throws Exception {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        List<JsonNode> events = new ArrayList<>();
        try (Consumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.RESULT));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && events.size() < expected) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (datasetId.equals(record.key())) {
                        events.add(JSON.readTree(record.value()));
                    }
                }
            }
        }
        return events;
    }
}
