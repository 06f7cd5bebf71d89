package org.uplift.devstack;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/** A started component, whether a child process or something hosted in this JVM. */
interface Running {

    /** Why it is no longer running (for example "exited with code 1"), or empty while it runs. */
    Optional<String> exitReason();

    /** The OS process, when it runs in one of its own. */
    OptionalLong pid();

    /** Resident memory in KiB (Linux only; 0 where unknown). */
    long residentKiB();

    /** Where to look when it fails, if it has a log of its own. */
    Optional<Path> log();

    /** Stops it and waits until it has stopped: gracefully first, forcibly after a grace period. */
    void stop();

    /** Stops one that never became ready, which may have to undo what its start left behind. */
    default void stopBeforeReady() {
        stop();
    }

    /** Something this stack did not start (a MongoDB given by MONGODB_URI): nothing to stop. */
    static Running external() {
        return new Running() {
            @Override
            public Optional<String> exitReason() {
                return Optional.empty();
            }

            @Override
            public OptionalLong pid() {
                return OptionalLong.empty();
            }

            @Override
            public long residentKiB() {
                return 0;
            }

            @Override
            public Optional<Path> log() {
                return Optional.empty();
            }

            @Override
            public void stop() {
            }
        };
    }
}
