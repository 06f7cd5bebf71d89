package org.uplift.cpd.school;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.uplift.contracts.Topics;
import org.uplift.contracts.schools.Membership;
import org.uplift.contracts.schools.ProjectMembershipChanged;
import org.uplift.contracts.schools.SchoolsEventTypes;
import org.uplift.platform.events.IdempotentConsumer;

import tools.jackson.databind.json.JsonMapper;

/** Project membership for cohorts open only to one project's schools; other project events are ignored. */
@Component
class ProjectEventsListener {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdempotentConsumer consumer;
    private final SchoolDirectory directory;

    ProjectEventsListener(IdempotentConsumer consumer, SchoolDirectory directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @KafkaListener(topics = Topics.PROJECT)
    void on(ConsumerRecord<String, String> record) {
        consumer.process(record, event -> {
            if (SchoolsEventTypes.PROJECT_MEMBERSHIP_CHANGED.name().equals(event.type())) {
                ProjectMembershipChanged change = JSON.treeToValue(event.payload(), ProjectMembershipChanged.class);
                directory.membership(change.projectId(), change.urn(), change.change() == Membership.JOINED);
            }
        });
    }
}
