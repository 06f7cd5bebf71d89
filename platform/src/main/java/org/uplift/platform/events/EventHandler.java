package org.uplift.platform.events;

import org.uplift.contracts.EventEnvelope;

/** Applies one event; throwing means "retry later" (and, after the retries, the dead-letter topic). */
@FunctionalInterface
public interface EventHandler {

    void handle(EventEnvelope event);
}
