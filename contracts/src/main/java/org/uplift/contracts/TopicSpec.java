package org.uplift.contracts;

import java.time.Duration;

/**
 * How a topic is laid out. Entity-state topics are compacted (the latest state per key survives forever); fact
 * topics keep every event forever, because the reporting read model must be rebuildable by replaying from offset 0.
 */
public record TopicSpec(String name, int partitions, Cleanup cleanup, Duration retention) {

    public enum Cleanup { COMPACT, DELETE }

    /** Retention meaning "never delete". */
    public static final Duration FOREVER = Duration.ofMillis(-1);

    public static TopicSpec entityState(String name, int partitions) {
        return new TopicSpec(name, partitions, Cleanup.COMPACT, FOREVER);
    }

    public static TopicSpec facts(String name, int partitions) {
        return new TopicSpec(name, partitions, Cleanup.DELETE, FOREVER);
    }

    /** The dead-letter topic paired with this one: parked poison messages, kept two weeks for inspection and redrive. */
    public TopicSpec deadLetter() {
        return new TopicSpec(name + ".dlt", 1, Cleanup.DELETE, Duration.ofDays(14));
    }
}
