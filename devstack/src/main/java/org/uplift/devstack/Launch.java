package org.uplift.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * One run of a topology: each component starts as soon as what it waits for is ready, and the first failure stops
 * everything. Stopping goes the other way: a component stops once everything that waits for it has stopped.
 */
final class Launch {

    private static final Duration POLL = Duration.ofMillis(250);

    private static final class Started {
        final Component component;
        final Running running;
        final Duration launchedAfter;
        volatile @Nullable Duration readyIn;

        Started(Component component, Running running, Duration launchedAfter) {
            this.component = component;
            this.running = running;
            this.launchedAfter = launchedAfter;
        }
    }

    private final Workspace workspace;
    private final List<Component> components;
    private final PrintStream progress;
    private final long startNanos = System.nanoTime();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Object registry = new Object();
    private final Map<String, Started> started = new LinkedHashMap<>();
    private final List<CompletableFuture<Void>> launches = new ArrayList<>();
    private final Set<String> reportedExits = ConcurrentHashMap.newKeySet();
    private final Thread shutdownHook = new Thread(this::stop, "uplift-stop");
    private volatile boolean stopping;
    private boolean stopped;
    private @Nullable Duration startupTime;

    Launch(Workspace workspace, List<Component> components, PrintStream progress) {
        this.workspace = workspace;
        this.components = components;
        this.progress = progress;
    }

    Workspace workspace() {
        return workspace;
    }

    /** Returns once every component is ready; on the first failure stops what started and throws its reason. */
    void run() {
        // Ctrl-C or `./uplift down` (SIGTERM) while starting or running still stops every child process.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Map<String, CompletableFuture<Void>> ready = new HashMap<>();
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        for (Component component : components) {
            CompletableFuture<?>[] dependencies = component.waitsFor().stream()
                    .map(ready::get).filter(Objects::nonNull).toArray(CompletableFuture[]::new);
            CompletableFuture<Void> launched = CompletableFuture.allOf(dependencies)
                    .thenRunAsync(() -> launch(component), executor);
            launched.whenComplete((ignored, failure) -> {
                if (failure != null) {
                    firstFailure.completeExceptionally(failure);
                }
            });
            ready.put(component.name(), launched);
            launches.add(launched);
        }
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(launches.toArray(CompletableFuture[]::new)), firstFailure)
                    .join();
        } catch (CompletionException | CancellationException e) {
            stop();
            throw asStartFailure(e);
        }
        startupTime = elapsed();
    }

    private void launch(Component component) {
        if (stopping) {
            throw new CancellationException();
        }
        Duration launchedAfter = elapsed();
        Running running;
        try {
            Files.deleteIfExists(workspace.log(component.name()));
            running = component.starter().start();
        } catch (IOException | RuntimeException e) {
            Path log = workspace.log(component.name());
            throw new LocalStack.StartFailure(component.name() + " could not start: " + e.getMessage()
                    + (Files.exists(log) ? "; see " + LocalStack.relativeToWorkingDir(log) : ""));
        }
        Started entry = register(new Started(component, running, launchedAfter));
        long deadline = System.nanoTime() + component.timeout().toNanos();
        while (!isReady(component)) {
            if (stopping) {
                throw new CancellationException();
            }
            if (running.exitReason().isPresent()) {
                throw failure(component, running, running.exitReason().get() + " before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw failure(component, running, "was not ready within " + component.timeout().toSeconds() + " s");
            }
            pause();
        }
        Duration readyIn = elapsed().minus(launchedAfter);
        entry.readyIn = readyIn;
        progress.printf("  %-20s ready in %5.1f s%n", component.name(), seconds(readyIn));
    }

    private Started register(Started entry) {
        synchronized (registry) {
            if (!stopping) {
                started.put(entry.component.name(), entry);
                return entry;
            }
        }
        entry.running.stopBeforeReady();
        throw new CancellationException();
    }

    private static boolean isReady(Component component) {
        try {
            return component.readiness().check();
        } catch (Exception notYet) {
            return false;
        }
    }

    /** Safe to call more than once and from the shutdown hook; returns when everything has stopped. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        synchronized (registry) {
            stopping = true;
        }
        // A launch halfway through its starter registers late and stops its process itself; wait for that.
        awaitQuietly(CompletableFuture.allOf(launches.toArray(CompletableFuture[]::new)), Duration.ofMinutes(1));
        Map<String, CompletableFuture<Void>> stops = new HashMap<>();
        for (Component component : components.reversed()) {
            CompletableFuture<?>[] dependents = components.stream()
                    .filter(other -> other.waitsFor().contains(component.name()))
                    .map(other -> stops.get(other.name())).filter(Objects::nonNull)
                    .toArray(CompletableFuture[]::new);
            stops.put(component.name(), CompletableFuture.allOf(dependents)
                    .thenRunAsync(() -> stopOne(component.name()), executor));
        }
        CompletableFuture.allOf(stops.values().toArray(CompletableFuture[]::new)).join();
        executor.shutdown();
        stopped = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // called from the hook itself
        }
    }

    private void stopOne(String name) {
        Started entry;
        synchronized (registry) {
            entry = started.get(name);
        }
        if (entry != null) {
            try {
                if (entry.readyIn == null) {
                    entry.running.stopBeforeReady();
                } else {
                    entry.running.stop();
                }
            } catch (RuntimeException e) {
                progress.println("  " + name + " did not stop cleanly: " + e.getMessage());
            }
        }
    }

    Duration startupTime() {
        return startupTime == null ? elapsed() : startupTime;
    }

    List<LocalStack.ComponentStatus> statuses() {
        List<Started> entries;
        synchronized (registry) {
            entries = List.copyOf(started.values());
        }
        return entries.stream().map(entry -> new LocalStack.ComponentStatus(entry.component.name(),
                entry.component.port(), entry.launchedAfter,
                entry.readyIn == null ? Duration.ZERO : entry.readyIn,
                entry.running.residentKiB(), entry.running.pid())).toList();
    }

    List<String> unexpectedExits() {
        List<String> exits = new ArrayList<>();
        synchronized (registry) {
            if (stopping) {
                return exits;
            }
            for (Started entry : started.values()) {
                entry.running.exitReason()
                        .filter(reason -> reportedExits.add(entry.component.name()))
                        .ifPresent(reason -> exits.add(describe(entry.component, entry.running, reason)));
            }
        }
        return exits;
    }

    private LocalStack.StartFailure failure(Component component, Running running, String reason) {
        return new LocalStack.StartFailure(describe(component, running, reason));
    }

    private static String describe(Component component, Running running, String reason) {
        return component.name() + " " + reason
                + running.log().map(log -> "; see " + LocalStack.relativeToWorkingDir(log)).orElse("");
    }

    private static LocalStack.StartFailure asStartFailure(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof CompletionException || cause instanceof CancellationException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof LocalStack.StartFailure failure) {
            return failure;
        }
        if (cause instanceof CancellationException) {
            return new LocalStack.StartFailure("stopped before every component was ready");
        }
        return new LocalStack.StartFailure("the stack could not start: " + cause);
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static void awaitQuietly(CompletableFuture<?> future, Duration timeout) {
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception settledOrTooSlow) {
            // failures were reported by run(); a launch still busy after the timeout stops itself when it registers
        }
    }
}
