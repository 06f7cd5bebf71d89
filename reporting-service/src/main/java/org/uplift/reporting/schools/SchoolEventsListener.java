package org.uplift.reporting.schools;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;
import org.uplift.contracts.Topics;
import org.uplift.platform.events.IdempotentConsumer;
import org.uplift.reporting.freshness.Freshness;
import org.uplift.reporting.rebuild.ReadModel;

/** Feeds the school directory from the compacted school topic. */
@Component
class SchoolEventsListener extends AbstractConsumerSeekAware implements ReadModel {

    private final IdempotentConsumer consumer;
    private final SchoolDirectory directory;
    private final Freshness freshness;

    SchoolEventsListener(IdempotentConsumer consumer, SchoolDirectory directory, Freshness freshness) {
        this.consumer = consumer;
        this.directory = directory;
        this.freshness = freshness;
    }

    @KafkaListener(id = "reporting-schools", topics = Topics.SCHOOL)
    void on(ConsumerRecord<String, String> record) {
        consumer.process(record, event -> {
            directory.apply(event);
            freshness.applied(event);
        });
    }

    @Override
    public void clear() {
        directory.clear();
    }

    @Override
    public void replayFromStart() {
        seekToBeginning();
    }
}
