package org.uplift.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;

/**
 * The real Keycloak server from its distribution zip, in dev mode, with the uplift realm imported on a fresh database.
 * The unpacked distribution is reused across runs (its first start "re-augments" it for dev mode, which is why that
 * start is slow); the database lives in the data directory so a reset wipes users and sessions too.
 */
final class Keycloak {

    static final String REALM_RESOURCE = "/keycloak/uplift-realm.json";

    private Keycloak() {
    }

    static ChildProcess start(Workspace workspace, RuntimeArtifacts artifacts, int port, String publicUrl)
            throws IOException {
        Path home = install(artifacts.keycloakZip(), workspace.keycloakHome());
        Path imports = home.resolve("data").resolve("import");
        Files.createDirectories(imports);
        try (InputStream realm = Keycloak.class.getResourceAsStream(REALM_RESOURCE)) {
            Files.copy(requireNonNull(realm), imports.resolve("uplift-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = command(home, port, publicUrl);
        Map<String, String> environment = environment(workspace.javaHome(), workspace.dataDir().resolve("keycloak"));
        return ChildProcess.start(command, environment, home, workspace.log("keycloak"));
    }

    /**
     * start-dev: HTTP, dev-file database, no theme caching. The hostname is a full URL so the issuer is
     * http://localhost:8180/realms/uplift whatever address a caller used, front channel and back channel alike.
     */
    static List<String> command(Path home, int port, String publicUrl) {
        return List.of(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + publicUrl, "--import-realm");
    }

    static Map<String, String> environment(Path javaHome, Path databaseDir) {
        return Map.of(
                "JAVA_HOME", javaHome.toString(),
                // The dev-file database is ${kc.db-url-path}/data/h2/keycloakdb, with the H2 options Keycloak needs.
                "JAVA_OPTS_APPEND", "-Dkc.db-url-path=" + databaseDir.toAbsolutePath(),
                // DEV ONLY: a master-realm admin for the admin console, created on a fresh database only.
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "uplift-dev");
    }

    /** Unpacks into a sibling directory first, so an interrupted unpack never looks like an installation. */
    static Path install(Path zip, Path home) throws IOException {
        if (Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
            return home;
        }
        Path partial = home.resolveSibling(home.getFileName() + ".partial");
        Directories.deleteRecursively(partial);
        Files.createDirectories(partial);
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : archive.stream().toList()) {
                String name = entry.getName();
                String relative = name.substring(name.indexOf('/') + 1);  // drop the keycloak-<version>/ folder
                Path target = partial.resolve(relative).normalize();
                if (relative.isEmpty() || !target.startsWith(partial)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        // java.util.zip drops Unix permissions.
        try (Stream<Path> scripts = Files.list(partial.resolve("bin"))) {
            scripts.filter(path -> path.toString().endsWith(".sh")).forEach(path -> path.toFile().setExecutable(true));
        }
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        return home;
    }

    private static InputStream requireNonNull(@Nullable InputStream resource) throws IOException {
        if (resource == null) {
            throw new IOException(REALM_RESOURCE + " is missing from the devstack jar");
        }
        return resource;
    }
}
