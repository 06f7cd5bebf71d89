package org.uplift.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

/**
 * The whole local stack (Keycloak, Kafka, MongoDB, a mail catcher, gateway and services on loopback), started as {@link Topology}
 * declares it and stopped with {@link #close()}: every child process tree is ended and the embedded MongoDB is
 * committed and shut down. This is what `./uplift up` runs; end-to-end tests use it the same way:
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(LocalStack.Options.defaults().withDataDir(tempDir))) {
 *     driver.get(stack.gatewayUrl().toString());
 * }
 * }</pre>
 *
 * The service jars must have been built first ({@code ./mvnw -DskipTests package}).
 */
public final class LocalStack implements AutoCloseable {

    /**
     * @param repoRoot            the repository (found from the working directory by {@link #defaults()})
     * @param workDir             logs, CDS archives and extracted apps ({@code .uplift} by default)
     * @param dataDir             MongoDB, Kafka and Keycloak data ({@code .uplift/data} by default)
     * @param demoData            start the services with {@code --uplift.demo-data=true}
     * @param skipUnbuiltServices start without the services whose jar is missing instead of failing (for working on
     *                            the stack itself before every service exists)
     * @param mongoUri            a MongoDB to use instead of the embedded one (MONGODB_URI by default)
     * @param progress            where progress lines go
     */
    public record Options(Path repoRoot, Path workDir, Path dataDir, boolean demoData, boolean skipUnbuiltServices,
                          @Nullable String mongoUri, PrintStream progress) {

        public static Options defaults() {
            Path root = Workspace.findRepoRoot(Path.of(""));
            Path work = root.resolve(".uplift");
            String mongoUri = System.getenv("MONGODB_URI");
            return new Options(root, work, work.resolve("data"), true, false,
                    mongoUri == null || mongoUri.isBlank() ? null : mongoUri, System.out);
        }

        public Options withDataDir(Path dataDir) {
            return new Options(repoRoot, workDir, dataDir, demoData, skipUnbuiltServices, mongoUri, progress);
        }

        public Options withDemoData(boolean demoData) {
            return new Options(repoRoot, workDir, dataDir, demoData, skipUnbuiltServices, mongoUri, progress);
        }

        public Options withUnbuiltServicesSkipped(boolean skip) {
            return new Options(repoRoot, workDir, dataDir, demoData, skip, mongoUri, progress);
        }

        public Options withMongoUri(@Nullable String mongoUri) {
            return new Options(repoRoot, workDir, dataDir, demoData, skipUnbuiltServices, mongoUri, progress);
        }

        public Options withProgress(PrintStream progress) {
            return new Options(repoRoot, workDir, dataDir, demoData, skipUnbuiltServices, mongoUri, progress);
        }
    }

    /** How one component started: when it was launched and how long it took to be ready, both from the stack start. */
    public record ComponentStatus(String name, int port, Duration launchedAfter, Duration readyIn, long residentKiB,
                                  OptionalLong pid) {
    }

    /** The one-line reason the stack could not start; everything already started has been stopped. */
    public static final class StartFailure extends RuntimeException {
        StartFailure(String message) {
            super(message);
        }
    }

    private final Launch launch;

    private LocalStack(Launch launch) {
        this.launch = launch;
    }

    /** Starts everything and returns once every component is ready; throws {@link StartFailure} otherwise. */
    public static LocalStack start(Options options) {
        Workspace workspace = new Workspace(options.repoRoot().toAbsolutePath(), options.workDir().toAbsolutePath(),
                options.dataDir().toAbsolutePath(), JavaRuntime.current().requireAtLeast(21, "Keycloak 26"),
                Workspace.Versions.fromBuild(), options.mongoUri());
        List<Component> components = buildable(Topology.declare(workspace, memoized(workspace), options.demoData()),
                options, workspace);
        Ports.firstBusy(components).ifPresent(port -> {
            throw new StartFailure(port + " is already in use: is the stack already running (./uplift status)?");
        });
        Launch launch = new Launch(workspace, components, options.progress());
        launch.run();
        return new LocalStack(launch);
    }

    public URI gatewayUrl() {
        return URI.create("http://localhost:" + Topology.GATEWAY.port());
    }

    /** The issuer every token carries, whatever address Keycloak was called on. */
    public URI issuerUri() {
        return URI.create(Topology.ISSUER);
    }

    public URI keycloakUrl() {
        return URI.create(Topology.KEYCLOAK_URL);
    }

    public String kafkaBootstrapServers() {
        return Topology.KAFKA_BOOTSTRAP;
    }

    public String mongoUri() {
        return Topology.serviceEnvironment(launch.workspace()).get("MONGODB_URI");
    }

    /** GreenMail's web page and REST API, where every email the stack sends can be read. */
    public URI mailCatcherUrl() {
        return URI.create(Topology.MAIL_URL);
    }

    /** A service's own URL (for example "reporting-service"), bypassing the gateway. */
    public URI serviceUrl(String module) {
        return Topology.SERVICES.stream().filter(service -> service.module().equals(module)).findFirst()
                .map(service -> URI.create("http://localhost:" + service.port()))
                .orElseThrow(() -> new IllegalArgumentException("no service called " + module));
    }

    /** The log a component writes, for example "reporting-service". */
    public Path logFile(String component) {
        return launch.workspace().log(component);
    }

    /** From the call to {@link #start} until the last component was ready. */
    public Duration startupTime() {
        return launch.startupTime();
    }

    public List<ComponentStatus> components() {
        return launch.statuses();
    }

    /** Components that stopped on their own since the stack was ready, as "cpd-service exited with code 1". */
    public List<String> unexpectedExits() {
        return launch.unexpectedExits();
    }

    /** Stops services first, then what they used, the embedded MongoDB last; waits until all have stopped. */
    @Override
    public void close() {
        launch.stop();
    }

    Workspace workspace() {
        return launch.workspace();
    }

    private static List<Component> buildable(List<Component> declared, Options options, Workspace workspace) {
        List<Component> components = new ArrayList<>();
        for (Component component : declared) {
            Optional<Path> missing = component.builtArtifact().filter(artifact -> !Files.isRegularFile(artifact));
            if (missing.isEmpty()) {
                components.add(component);
            } else if (options.skipUnbuiltServices()) {
                options.progress().println("  " + component.name() + " skipped: not built");
            } else {
                throw new StartFailure(component.name() + " is not built: "
                        + workspace.repoRoot().relativize(missing.get()) + " is missing (./mvnw -DskipTests package)");
            }
        }
        return components;
    }

    private static RuntimeArtifacts.Source memoized(Workspace workspace) {
        return new RuntimeArtifacts.Source() {
            private @Nullable RuntimeArtifacts resolved;

            @Override
            public synchronized RuntimeArtifacts get() throws IOException {
                if (resolved == null) {
                    resolved = RuntimeArtifacts.resolve(workspace);
                }
                return resolved;
            }
        };
    }

    static String relativeToWorkingDir(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }
}
