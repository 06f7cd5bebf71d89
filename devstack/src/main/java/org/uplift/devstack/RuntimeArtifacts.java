package org.uplift.devstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The Kafka broker's classpath, the Keycloak distribution and the GreenMail mail catcher's jar, resolved by Maven from devstack/runtime/pom.xml into
 * the local repository (downloaded once, never copied). Resolved again only when the listing files are missing or
 * point at files that are gone.
 */
record RuntimeArtifacts(List<Path> kafkaClasspath, Path keycloakZip, Path greenmailJar) {

    /** Resolved on first use only: Keycloak, Kafka and the mail catcher all need them, and resolving may run Maven. */
    @FunctionalInterface
    interface Source {
        RuntimeArtifacts get() throws IOException;
    }

    static RuntimeArtifacts resolve(Workspace workspace) throws IOException {
        Path dir = workspace.repoRoot().resolve("devstack").resolve("target").resolve("runtime");
        Path classpathFile = dir.resolve("kafka-broker-" + workspace.versions().kafka() + ".classpath");
        Path keycloakFile = dir.resolve("keycloak-" + workspace.versions().keycloak() + ".path");
        Path greenmailFile = dir.resolve("greenmail-" + workspace.versions().greenmail() + ".path");
        if (!listsExistingFiles(classpathFile) || !listsExistingFiles(keycloakFile)
                || !listsExistingFiles(greenmailFile)) {
            Path log = workspace.log("maven-runtime");
            Files.deleteIfExists(log);
            List<String> maven = List.of(workspace.repoRoot().resolve("mvnw").toString(), "-q", "-B",
                    "-f", workspace.repoRoot().resolve("devstack/runtime/pom.xml").toString(), "package");
            try {
                ChildProcess.run("Maven", maven, workspace.repoRoot(), log, Duration.ofMinutes(10));
            } catch (IOException e) {
                throw new IOException("could not fetch Kafka, Keycloak and GreenMail (" + e.getMessage() + "; see "
                        + LocalStack.relativeToWorkingDir(log) + ")", e);
            }
        }
        return new RuntimeArtifacts(paths(classpathFile), paths(keycloakFile).getFirst(),
                paths(greenmailFile).getFirst());
    }

    String kafkaClasspathString() {
        return String.join(File.pathSeparator, kafkaClasspath.stream().map(Path::toString).toList());
    }

    private static boolean listsExistingFiles(Path listing) throws IOException {
        return Files.isRegularFile(listing) && paths(listing).stream().allMatch(Files::isRegularFile);
    }

    private static List<Path> paths(Path listing) throws IOException {
        return Arrays.stream(Files.readString(listing).strip().split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList();
    }
}
