package org.uplift.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size from /proc (Linux); 0 elsewhere or when the process is gone. */
final class ResidentMemory {

    private ResidentMemory() {
    }

    static long ofProcess(long pid) {
        try {
            return vmRssKiB(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Reads the "VmRSS:   123456 kB" line of a /proc/PID/status text. */
    static long vmRssKiB(String procStatus) {
        return procStatus.lines()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.substring("VmRSS:".length()).replace("kB", "").strip())
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElse(0);
    }
}
