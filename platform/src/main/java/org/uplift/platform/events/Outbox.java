package org.uplift.platform.events;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uplift.contracts.EventTypes;
import org.uplift.contracts.EventType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the outbox entry for an event: type, topic and version come from the contracts catalogue, so a service
 * cannot publish a payload under the wrong name; the caller's trace context is kept so the consumer's work joins
 * the same trace as the request that caused it.
 */
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JsonMapper json;
    private final Clock clock;
    private final @Nullable Tracer tracer;
    private final @Nullable Propagator propagator;

    Outbox(JsonMapper json, Clock clock, @Nullable Tracer tracer, @Nullable Propagator propagator) {
        this.json = json;
        this.clock = clock;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The event for {@code payload}, keyed by the aggregate id (the Kafka key, so one aggregate's events stay in order). */
    public OutboxEvent event(String aggregateId, @Nullable String laCode, Record payload) {
        EventType type = EventTypes.of(payload.getClass());
        OutboxEvent event = new OutboxEvent(UUID.randomUUID().toString(), type.name(), type.version(), type.topic(),
                aggregateId, laCode, clock.instant(), json.writeValueAsString(payload), traceparent());
        log.info("Recorded event {} {} for {}", event.eventId(), event.type(), aggregateId);
        return event;
    }

    private @Nullable String traceparent() {
        if (tracer == null || propagator == null) {
            return null;
        }
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get("traceparent");
    }
}
