package org.uplift.reporting.support;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;
import org.uplift.contracts.Topics;
import org.uplift.platform.events.IdempotentConsumer;
import org.uplift.reporting.freshness.Freshness;
import org.uplift.reporting.rebuild.ReadModel;

/** Feeds the support read model from the booking, attendance, review, action-plan, visit and project topics. */
@Component
class SupportEventsListener extends AbstractConsumerSeekAware implements ReadModel {

    private final IdempotentConsumer consumer;
    private final SupportProjection projection;
    private final Freshness freshness;

    SupportEventsListener(IdempotentConsumer consumer, SupportProjection projection, Freshness freshness) {
        this.consumer = consumer;
        this.projection = projection;
        this.freshness = freshness;
    }

    @KafkaListener(id = "reporting-support", topics = {Topics.BOOKING, Topics.ATTENDANCE, Topics.REVIEW, Topics.ACTION_PLAN,
            Topics.VISIT, Topics.PROJECT})
    void on(ConsumerRecord<String, String> record) {
        consumer.process(record, event -> {
            projection.apply(event);
            freshness.applied(event);
        });
    }

    @Override
    public void clear() {
        projection.clear();
    }

    @Override
    public void replayFromStart() {
        seekToBeginning();
    }
}
