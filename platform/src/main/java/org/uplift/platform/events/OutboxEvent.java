package org.uplift.platform.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An event waiting to be published, stored inside the document of the aggregate whose change caused it, so the change
 * and its events are one atomic write. The relay removes it once Kafka has acknowledged it.
 */
public record OutboxEvent(String eventId, String type, int version, String topic, String key, @Nullable String laCode,
        Instant occurredAt, String payload, @Nullable String traceparent) {
}
