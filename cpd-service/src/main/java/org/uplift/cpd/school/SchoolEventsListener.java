package org.uplift.cpd.school;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.uplift.contracts.Topics;
import org.uplift.contracts.schools.SchoolSnapshot;
import org.uplift.platform.events.IdempotentConsumer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every school event carries the full snapshot, so each one simply overwrites the school's entry (idempotent, and
 * order within a school is kept by the topic's key).
 */
@Component
class SchoolEventsListener {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdempotentConsumer consumer;
    private final SchoolDirectory directory;

    SchoolEventsListener(IdempotentConsumer consumer, SchoolDirectory directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @KafkaListener(topics = Topics.SCHOOL)
    void on(ConsumerRecord<String, String> record) {
        consumer.process(record, event -> {
            SchoolSnapshot school = JSON.treeToValue(event.payload().get("school"), SchoolSnapshot.class);
            directory.apply(school.urn(), school.laCode(), school.name(), "OPEN".equals(school.status()));
        });
    }
}
