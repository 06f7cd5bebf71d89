package org.uplift.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every JVM option the stack passes, in one place. The services aim at "ready in 15 s within 300 MiB RSS" each on a
 * 2-core machine where five of them start at once next to Keycloak.
 */
final class JvmOptions {

    private static final String GATEWAY = "gateway";

    private JvmOptions() {
    }

    /** Prints a service's options one per line, so devstack/bench scripts run it exactly as the stack does. */
    public static void main(String[] args) {
        service(Path.of(args[0])).forEach(System.out::println);
    }

    /**
     * Serial GC and C1 only for the services: fewest threads and the least start-up compilation competing for 2 cores
     * (their requests are few in a dev stack). The gateway instead keeps the full tiered JIT: every request passes
     * through it, and once warm (some 30,000 requests) C2-compiled code cuts its CPU per proxied request
     * (devstack/bench/gateway-isolated.sh, docs/architecture.md), for a larger code cache. The per-service dynamic CDS archive ({@code <module>.jsa}, see {@code Workspace}) is written
     * on the first clean exit and maps the already-parsed classes on later starts; the JVM rebuilds it by itself when
     * the jar changes.
     */
    static List<String> service(Path cdsArchive) {
        boolean gateway = cdsArchive.getFileName().toString().equals(GATEWAY + ".jsa");
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC"));
        // The gateway's young generation is capped: under load it otherwise grows towards a third of the heap and,
        // with C2's larger code cache, took the gateway to within a few MiB of the 300 MiB budget.
        options.addAll(gateway
                ? List.of("-XX:ReservedCodeCacheSize=96m", "-XX:MaxNewSize=48m")
                : List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m"));
        options.addAll(List.of(
                "-Xss512k",
                "-XX:MaxMetaspaceSize=256m",
                "-Xms32m",
                "-Xmx256m",
                "-XX:SharedArchiveFile=" + cdsArchive,
                "-XX:+AutoCreateSharedArchive",
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"));
        return List.copyOf(options);
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
