package org.uplift.devstack;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** A component running as its own OS process (with whatever children it forks), its output in one log file. */
final class ChildProcess implements Running {

    /**
     * Spring Boot's graceful shutdown, Kafka's controlled shutdown and Keycloak take seconds, but on its first exit
     * after a rebuild each service also writes its CDS archive (about 70 MB), which with five at once on 2 busy cores
     * has taken over 30 s; killed halfway, the archive is lost and the next start is cold again.
     */
    private static final Duration GRACE = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(List<String> command, Map<String, String> environment, Path workingDir, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        return new ChildProcess(process, log);
    }

    /** Runs a one-off step (formatting Kafka's storage, extracting a jar) to completion; its output goes to log. */
    static void run(String step, List<String> command, Path workingDir, Path log, Duration timeout)
            throws IOException {
        ChildProcess child = start(command, Map.of(), workingDir, log);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.stop();
                throw new IOException(step + " took longer than " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            child.stop();
            Thread.currentThread().interrupt();
            throw new IOException(step + " was interrupted", e);
        }
        if (child.process.exitValue() != 0) {
            throw new IOException(step + " failed with exit code " + child.process.exitValue());
        }
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.of(process.pid());
    }

    @Override
    public Optional<String> exitReason() {
        return process.isAlive() ? Optional.empty() : Optional.of("exited with code " + process.exitValue());
    }

    @Override
    public long residentKiB() {
        return tree().mapToLong(handle -> ResidentMemory.ofProcess(handle.pid())).sum();
    }

    @Override
    public Optional<Path> log() {
        return Optional.of(log);
    }

    /**
     * Signals the whole tree, not just the direct child: kc.sh runs Keycloak's JVM as its child, and a parent that
     * dies first would leave it orphaned. The tree is listed before signalling because orphans get re-parented.
     */
    @Override
    public void stop() {
        List<ProcessHandle> tree = tree().toList();
        tree.forEach(ProcessHandle::destroy);
        if (!awaitExit(tree, GRACE)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, Duration.ofSeconds(10));
        }
    }

    private Stream<ProcessHandle> tree() {
        ProcessHandle self = process.toHandle();
        return Stream.concat(Stream.of(self), self.descendants()).filter(ProcessHandle::isAlive);
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return processes.stream().noneMatch(ProcessHandle::isAlive);
        }
    }
}
