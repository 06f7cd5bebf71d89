package org.uplift.cpd.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.JsonNode;

/** Reads envelopes from a topic of the embedded broker until the wanted ones arrived. */
public final class Events {

    private Events() {
    }

    public static List<JsonNode> await(EmbeddedKafkaBroker broker, String topic, Predicate<JsonNode> wanted, int count) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        List<JsonNode> found = new ArrayList<>();
        try (Consumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && found.size() < count) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    JsonNode envelope = Api.JSON.readTree(record.value());
                    if (wanted.test(envelope)) {
                        found.add(envelope);
                    }
                }
            }
        }
        if (found.size() < count) {
            throw new AssertionError("expected " + count + " events on " + topic + ", found " + found);
        }
        return found;
    }
}
