package org.uplift.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** One of our Spring Boot applications, run from the jar its module builds. */
record SpringService(String module, int port) {

    Path jar(Workspace workspace) {
        return workspace.serviceJar(module);
    }

    Running start(Workspace workspace, Map<String, String> environment, boolean demoData) throws IOException {
        Path log = workspace.log(module);
        Path runnable = extracted(workspace, log);
        List<String> command = new ArrayList<>();
        command.add(workspace.javaExecutable().toString());
        command.addAll(JvmOptions.service(workspace.cdsArchive(module)));
        command.addAll(List.of("-jar", runnable.toString(), "--server.address=127.0.0.1",
                // Profile "dev": dev-only settings (the pseudonymisation key...) that production injects as secrets.
                "--spring.profiles.active=dev"));
        if (demoData) {
            command.add("--uplift.demo-data=true");
        }
        Path archive = workspace.cdsArchive(module);
        Files.createDirectories(archive.getParent());
        boolean writesArchive = !Files.exists(archive);
        return new ServiceProcess(ChildProcess.start(command, environment, workspace.repoRoot(), log), archive,
                writesArchive);
    }

    /**
     * A JVM writes its CDS archive when it exits, with whatever classes it had loaded by then: one stopped before it
     * was ever ready leaves a small archive that counts as valid, so every later start would stay half cold.
     */
    private record ServiceProcess(ChildProcess process, Path archive, boolean writesArchive) implements Running {

        @Override
        public Optional<String> exitReason() {
            return process.exitReason();
        }

        @Override
        public OptionalLong pid() {
            return process.pid();
        }

        @Override
        public long residentKiB() {
            return process.residentKiB();
        }

        @Override
        public Optional<Path> log() {
            return process.log();
        }

        @Override
        public void stop() {
            process.stop();
        }

        @Override
        public void stopBeforeReady() {
            process.stop();
            if (writesArchive) {
                try {
                    Files.deleteIfExists(archive);
                } catch (IOException e) {
                    // the next start merely runs with a partial archive
                }
            }
        }
    }

    /**
     * CDS can only archive classes loaded from plain jars on the class path, not from the jars nested in a Boot fat
     * jar, so the service runs from its extracted form (Boot's own jarmode tool). Re-extracted when the jar or the JDK
     * changes, and then the CDS archive goes too: a JVM that finds an archive built from other jars runs without it
     * but does not write a new one (JDK 25), so the service would start cold every time.
     */
    private Path extracted(Workspace workspace, Path log) throws IOException {
        Path jar = jar(workspace);
        Path dir = workspace.extractedApp(module);
        Path runnable = dir.resolve(jar.getFileName());
        Path stamp = dir.resolve(".extracted-from");
        String identity = jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + " "
                + workspace.javaHome() + " " + Runtime.version();
        if (Files.isRegularFile(runnable) && Files.isRegularFile(stamp) && Files.readString(stamp).equals(identity)) {
            return runnable;
        }
        Files.deleteIfExists(workspace.cdsArchive(module));
        Directories.deleteRecursively(dir);
        Files.createDirectories(dir.getParent());
        List<String> extract = List.of(workspace.javaExecutable().toString(), "-Djarmode=tools", "-jar", jar.toString(),
                "extract", "--destination", dir.toString());
        ChildProcess.run("extracting " + jar.getFileName(), extract, workspace.repoRoot(), log, Duration.ofMinutes(2));
        Files.writeString(stamp, identity);
        return runnable;
    }
}
