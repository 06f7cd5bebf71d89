package org.uplift.reporting.results;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;
import org.uplift.contracts.Topics;
import org.uplift.contracts.assessment.AssessmentEventTypes;
import org.uplift.platform.events.IdempotentConsumer;
import org.uplift.reporting.freshness.Freshness;
import org.uplift.reporting.rebuild.ReadModel;

/** Feeds the attainment cells from the results topic. */
@Component
class ResultEventsListener extends AbstractConsumerSeekAware implements ReadModel {

    private final IdempotentConsumer consumer;
    private final ResultsProjection projection;
    private final Freshness freshness;

    ResultEventsListener(IdempotentConsumer consumer, ResultsProjection projection, Freshness freshness) {
        this.consumer = consumer;
        this.projection = projection;
        this.freshness = freshness;
    }

    @KafkaListener(id = "reporting-results", topics = Topics.RESULT)
    void on(ConsumerRecord<String, String> record) {
        consumer.process(record, event -> {
            if (AssessmentEventTypes.RESULTS_ACCEPTED.name().equals(event.type())) {
                projection.apply(event);
            }
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
