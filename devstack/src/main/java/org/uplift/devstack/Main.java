package org.uplift.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** `./uplift up` and `./uplift status`; the script itself handles down and reset. */
final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Set<String> flags = Set.of(args).stream().filter(arg -> arg.startsWith("--")).collect(Collectors.toSet());
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "up" -> up(LocalStack.Options.defaults()
                    .withUnbuiltServicesSkipped(flags.contains("--skip-unbuilt"))
                    .withDemoData(!flags.contains("--no-demo-data")));
            case "status" -> System.exit(status(LocalStack.Options.defaults()));
            default -> {
                System.err.println("usage: Main up [--skip-unbuilt] [--no-demo-data] | status (run it as ./uplift)");
                System.exit(2);
            }
        }
    }

    private static void up(LocalStack.Options options) throws InterruptedException {
        PidFile pidFile = new PidFile(options.workDir().resolve("uplift.pid"));
        pidFile.write(List.of());
        Runtime.getRuntime().addShutdownHook(new Thread(pidFile::delete, "uplift-pid-file"));
        System.out.println("Starting the local stack (Keycloak is the slowest: about a minute the first time)");
        LocalStack stack;
        try {
            stack = LocalStack.start(options);
        } catch (LocalStack.StartFailure e) {
            System.err.println("uplift: " + e.getMessage());
            pidFile.delete();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the local stack...");
            stack.close();
            System.out.println("Stopped.");
        }, "uplift-stop-report"));
        List<Long> children = new ArrayList<>();
        stack.components().forEach(status -> status.pid().ifPresent(children::add));
        pidFile.write(children);
        Report.print(stack, System.out);
        while (true) {
            Thread.sleep(Duration.ofSeconds(1));
            stack.unexpectedExits().forEach(exit -> System.err.println("uplift: " + exit));
        }
    }

    private static int status(LocalStack.Options options) {
        Workspace workspace = new Workspace(options.repoRoot(), options.workDir(), options.dataDir(),
                JavaRuntime.current().home(), Workspace.Versions.fromBuild(), options.mongoUri());
        List<Component> components = Topology.declare(workspace, () -> {
            throw new IOException("status starts nothing");
        }, false);
        PidFile pidFile = new PidFile(options.workDir().resolve("uplift.pid"));
        System.out.println(pidFile.launcher().map(pid -> "Launcher running (pid " + pid + ")")
                .orElse("No launcher running"));
        int up = 0;
        for (Component component : components) {
            boolean ready = component.ports().isEmpty() || checkOnce(component);
            up += ready ? 1 : 0;
            System.out.printf("  %-20s %6s  %s%n", component.name(),
                    component.port() == 0 ? "-" : Integer.toString(component.port()), ready ? "ready" : "down");
        }
        return up == components.size() ? 0 : 3;
    }

    private static boolean checkOnce(Component component) {
        try {
            return component.readiness().check();
        } catch (Exception e) {
            return false;
        }
    }

    /** `./uplift down` signals the launcher found here; the children are listed for a launcher that was killed. */
    private record PidFile(Path path) {

        void write(List<Long> children) {
            List<String> lines = new ArrayList<>();
            lines.add(Long.toString(ProcessHandle.current().pid()));
            children.forEach(pid -> lines.add(Long.toString(pid)));
            try {
                Files.createDirectories(path.getParent());
                Files.write(path, lines);
            } catch (IOException e) {
                System.err.println("uplift: cannot write " + path + ": " + e.getMessage());
            }
        }

        Optional<Long> launcher() {
            try {
                return Files.readAllLines(path).stream().findFirst().map(Long::parseLong)
                        .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        void delete() {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a stale pid file is harmless: down checks the process is alive
            }
        }
    }
}
