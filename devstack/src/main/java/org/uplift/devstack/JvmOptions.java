package org.uplift.devstack;

import java.nio.file.Path;
import java.util.List;

/**
 * Every JVM option the stack passes, in one place. The services aim at "ready in 15 s within 300 MiB RSS" each on a
 * 2-core machine where five of them start at once next to Keycloak.
 */
final class JvmOptions {

    private JvmOptions() {
    }

    /**
     * Serial GC and C1 only: fewest threads and the least start-up compilation competing for 2 cores (a dev stack
     * never needs C2's peak throughput). The per-service dynamic CDS archive is written on the first clean exit and
     * maps the already-parsed classes on later starts; the JVM rebuilds it by itself when the jar changes.
     */
    static List<String> service(Path cdsArchive) {
        return List.of(
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xss512k",
                "-XX:ReservedCodeCacheSize=64m",
                "-XX:MaxMetaspaceSize=256m",
                "-Xms32m",
                "-Xmx256m",
                "-XX:SharedArchiveFile=" + cdsArchive,
                "-XX:+AutoCreateSharedArchive",
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off");
    }

    /** The broker's default log4j2 configuration logs errors only; INFO shows its start and topic creation. */
    static List<String> kafka() {
        return List.of(
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-Dorg.apache.logging.log4j.level=INFO",
                "-Djava.awt.headless=true");
    }
}
