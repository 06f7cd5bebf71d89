package org.uplift.schools;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.JsonNode;

/** Reads what the outbox relay published to the real broker. */
public final class Events {

    private Events() {
    }

    /** The first envelope on {@code topic} with this key and type, waiting up to 20 seconds. */
    public static JsonNode await(EmbeddedKafkaBroker broker, String topic, String key, String type) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        try (Consumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode envelope = Api.JSON.readTree(record.value());
                    if (key.equals(record.key()) && type.equals(envelope.path("type").asString())) {
                        return envelope;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " event for " + key + " on " + topic);
    }
}
