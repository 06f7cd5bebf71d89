package org.uplift.platform.events;

import java.util.List;

import org.uplift.contracts.EventEnvelope;

/**
 * Applies the new events of one poll at once, in delivery order (so one aggregate's events stay in order), e.g. with
 * one bulk write. Throwing means "retry later": the consumer then applies the events one by one to find the one that
 * fails, so the handler must tolerate repeats of events it had already applied before it threw, as every handler
 * must (upserts and sets, not increments).
 */
@FunctionalInterface
public interface BatchEventHandler {

    void handle(List<EventEnvelope> events);
}
