package org.uplift.reporting.results;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.bson.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uplift.contracts.reference.LocalAuthority;
import org.uplift.contracts.reference.ReferenceData;
import org.uplift.reporting.figures.Group;
import org.uplift.reporting.figures.Stats;
import org.uplift.reporting.freshness.Freshness;

/**
 * Sums school cells into LA cells, LA cells into region cells and region cells into the platform's, in the background:
 * applying a school's results only writes its own cell and marks its LA's roll-up pending, so a year of results costs
 * one sum per LA, region and platform cell each pass (every second by default) instead of one per school.
 *
 * <p>Safe with several replicas and after a crash: the pending marks are in the database (written before the event
 * counts as applied), a sum is of the children's stored cells (state, not increments), one replica at a time sums a
 * cell (a lease, which a crashed replica's claim outlives by at most a minute), and a roll-up stays pending if a child
 * changed while it was being summed.
 */
@Component
class CellRollups {

    private static final List<String> LEVELS = List.of("la", "region", "platform");
    // far longer than a sum takes; only a replica that stalls for longer could write a sum after another's newer one
    private static final Duration LEASE = Duration.ofSeconds(60);

    private final CellStore store;
    private final Freshness freshness;
    private final ReentrantLock lock = new ReentrantLock();

    CellRollups(CellStore store, Freshness freshness) {
        this.store = store;
        this.freshness = freshness;
    }

    @Scheduled(fixedDelayString = "${uplift.reporting.rollup-delay:1s}")
    void rollUpPending() {
        lock.lock();
        try {
            int written = 0;
            for (String level : LEVELS) {
                for (Document rollup : store.pendingRollups(level)) {
                    written += rollUp(level, rollup) ? 1 : 0;
                }
            }
            if (written > 0) {
                freshness.changed();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code clearing} with no roll-up in flight, so none writes a sum of what was just deleted. */
    void whilePaused(Runnable clearing) {
        lock.lock();
        try {
            clearing.run();
        } finally {
            lock.unlock();
        }
    }

    private boolean rollUp(String level, Document pending) {
        Document rollup = store.claim(pending.get("_id"), LEASE);
        if (rollup == null) {
            return false;
        }
        long generation = ((Number) rollup.get("gen")).longValue();
        String code = rollup.getString("code");
        String key = rollup.getString("key");
        String childLevel = switch (level) {
            case "la" -> "school";
            case "region" -> "la";
            default -> "region";
        };
        Map<Group, Stats> sums = CellStore.emptyGroups();
        int incomplete = 0;
        for (Map.Entry<String, Object> child : rollup.get("children", new Document()).entrySet()) {
            CellStore.CellStats stats = store.stats(childLevel, child.getKey(), key, (String) child.getValue());
            incomplete += stats == null ? 0 : CellStore.addTo(sums, stats);
        }
        String revision = store.write(level, code, key, sums, incomplete);
        switch (level) {
            case "la" -> ReferenceData.localAuthority(code).map(LocalAuthority::regionCode)
                    .ifPresent(region -> store.markParent("region", region, key, code, revision));
            case "region" -> store.markParent("platform", "", key, code, revision);
            default -> {
            }
        }
        store.settle(rollup, generation);
        return true;
    }
}
