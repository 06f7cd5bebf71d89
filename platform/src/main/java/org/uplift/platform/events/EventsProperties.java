package org.uplift.platform.events;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which topics this service produces and consumes (the topics it creates: its own, plus the dead-letter topics of
 * those it reads) and how the outbox relay paces itself: {@code batchSize} documents per chunk of sends (and per
 * bulk removal), {@code relayBatchBytes} for its producer's {@code batch.size}.
 */
@ConfigurationProperties("uplift.events")
public record EventsProperties(List<String> produces, List<String> consumes, int replicationFactor,
        Duration pollInterval, int batchSize, Duration maxBackoff, int relayBatchBytes) {

    public EventsProperties {
        produces = produces == null ? List.of() : List.copyOf(produces);
        consumes = consumes == null ? List.of() : List.copyOf(consumes);
        relayBatchBytes = relayBatchBytes > 0 ? relayBatchBytes : 262_144;
    }
}
