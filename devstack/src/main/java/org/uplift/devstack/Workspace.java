package org.uplift.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * Where everything lives. Under the repository: the built jars and {@code .uplift/} (logs, CDS archives, extracted
 * apps, the unpacked Keycloak, and by default the data). The data directory alone can be elsewhere (e2e tests).
 *
 * @param externalMongoUri a MongoDB the user runs (MONGODB_URI), or null for the embedded one
 */
record Workspace(Path repoRoot, Path workDir, Path dataDir, Path javaHome, Versions versions,
                 @Nullable String externalMongoUri) {

    record Versions(String uplift, String kafka, String keycloak, String greenmail) {

        static Versions fromBuild() {
            Properties properties = new Properties();
            try (InputStream in = Workspace.class.getResourceAsStream("versions.properties")) {
                if (in == null) {
                    throw new IllegalStateException("versions.properties is missing: build devstack with ./mvnw");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Versions(properties.getProperty("uplift.version"), properties.getProperty("kafka.version"),
                    properties.getProperty("keycloak.version"), properties.getProperty("greenmail.version"));
        }
    }

    Path log(String component) {
        return workDir.resolve("logs").resolve(component + ".log");
    }

    Path cdsArchive(String service) {
        return workDir.resolve("cds").resolve(service + ".jsa");
    }

    Path extractedApp(String service) {
        return workDir.resolve("apps").resolve(service);
    }

    /** Unpacked distributions are a cache, not state: kept outside the data directory so a reset keeps them. */
    Path keycloakHome() {
        return repoRoot.resolve(".uplift").resolve("keycloak").resolve(versions.keycloak());
    }

    Path serviceJar(String module) {
        return repoRoot.resolve(module).resolve("target").resolve(module + "-" + versions.uplift() + ".jar");
    }

    Path javaExecutable() {
        return javaHome.resolve("bin").resolve("java");
    }

    /** The repository root is the nearest directory holding both mvnw and devstack/: works from e2e/ too. */
    static Path findRepoRoot(Path from) {
        for (Path dir = from.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("devstack"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the Uplift repository (no mvnw and devstack/ above " + from + ")");
    }
}
