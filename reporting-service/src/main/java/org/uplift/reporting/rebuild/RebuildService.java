package org.uplift.reporting.rebuild;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.uplift.platform.events.IdempotentConsumer;
import org.uplift.reporting.freshness.Freshness;

/**
 * Rebuilds every read model from the topics: drop them, forget which events were applied, replay from offset 0.
 * Works because every topic keeps its events (or, compacted, each entity's latest state) forever.
 */
@Service
class RebuildService {

    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);

    private final List<ReadModel> readModels;
    private final IdempotentConsumer consumer;
    private final Freshness freshness;
    private final Clock clock;
    private volatile @Nullable Instant startedAt;

    RebuildService(List<ReadModel> readModels, IdempotentConsumer consumer, Freshness freshness, Clock clock) {
        this.readModels = readModels;
        this.consumer = consumer;
        this.freshness = freshness;
        this.clock = clock;
    }

    synchronized RebuildStatus start() {
        log.info("Rebuilding {} read models by replay", readModels.size());
        startedAt = clock.instant();
        readModels.forEach(ReadModel::clear);
        consumer.forgetAll();
        freshness.reset();
        readModels.forEach(ReadModel::replayFromStart);
        return status();
    }

    RebuildStatus status() {
        return new RebuildStatus(startedAt, freshness.eventsApplied(), freshness.lastEventAt());
    }

    record RebuildStatus(@Nullable Instant startedAt, long eventsApplied, @Nullable Instant lastEventAt) {
    }
}
