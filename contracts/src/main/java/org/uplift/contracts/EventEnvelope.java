package org.uplift.contracts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * What travels on every topic, as JSON. {@code type} is a stable string from {@link EventTypes} (never a Java class
 * name); {@code version} is the payload's major version; {@code laCode} is set where the fact belongs to one LA, so
 * consumers can scope it without reading the payload. Consumers must ignore fields they do not know.
 */
public record EventEnvelope(UUID eventId, String type, int version, Instant occurredAt, String source,
        @Nullable String laCode, JsonNode payload) {
}
