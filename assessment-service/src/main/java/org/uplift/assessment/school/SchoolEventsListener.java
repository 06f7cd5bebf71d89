package org.uplift.assessment.school;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.uplift.contracts.Topics;
import org.uplift.contracts.schools.SchoolSnapshot;
import org.uplift.platform.events.IdempotentConsumer;

import tools.jackson.databind.json.JsonMapper;

/** Keeps the school read model current: every school event carries the full snapshot, so each is an upsert. */
@Component
class SchoolEventsListener {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdempotentConsumer consumer;
    private final KnownSchools schools;

    SchoolEventsListener(IdempotentConsumer consumer, KnownSchools schools) {
        this.consumer = consumer;
        this.schools = schools;
    }

    @KafkaListener(topics = Topics.SCHOOL)
    void on(ConsumerRecord<String, String> record) {
        consumer.process(record, event -> {
            if (event.payload().has("school")) {
                schools.save(JSON.treeToValue(event.payload().get("school"), SchoolSnapshot.class));
            }
        });
    }
}
