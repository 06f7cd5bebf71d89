package org.uplift.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One piece of the local stack: the ports it takes, what must be ready before it starts, how it is started and how we
 * know it is ready.
 */
record Component(String name, List<Integer> ports, List<String> waitsFor, Starter starter, Readiness readiness,
                 Duration timeout, Optional<Path> builtArtifact) {

    @FunctionalInterface
    interface Starter {
        Running start() throws IOException;
    }

    static Component named(String name) {
        return new Component(name, List.of(), List.of(), () -> {
            throw new IllegalStateException(name + " has no starter");
        }, () -> false, Duration.ofMinutes(2), Optional.empty());
    }

    Component ports(Integer... ports) {
        return new Component(name, List.of(ports), waitsFor, starter, readiness, timeout, builtArtifact);
    }

    Component waitsFor(String... names) {
        return new Component(name, ports, List.of(names), starter, readiness, timeout, builtArtifact);
    }

    Component startedBy(Starter starter) {
        return new Component(name, ports, waitsFor, starter, readiness, timeout, builtArtifact);
    }

    Component readyWhen(Readiness readiness) {
        return new Component(name, ports, waitsFor, starter, readiness, timeout, builtArtifact);
    }

    Component within(Duration timeout) {
        return new Component(name, ports, waitsFor, starter, readiness, timeout, builtArtifact);
    }

    /** The build output this component runs; a missing one is reported before anything starts. */
    Component builtFrom(Path artifact) {
        return new Component(name, ports, waitsFor, starter, readiness, timeout, Optional.of(artifact));
    }

    int port() {
        return ports.isEmpty() ? 0 : ports.getFirst();
    }
}
