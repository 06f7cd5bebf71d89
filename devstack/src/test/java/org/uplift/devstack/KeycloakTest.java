package org.uplift.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakTest {

    @TempDir
    Path temp;

    @Test
    void listensOnLoopbackButIssuesTokensForLocalhost() {
        assertThat(Keycloak.command(Path.of("/kc"), 8180, "http://localhost:8180")).containsExactly(
                "/kc/bin/kc.sh", "start-dev", "--http-host=127.0.0.1", "--http-port=8180",
                "--hostname=http://localhost:8180", "--import-realm");
    }

    @Test
    void keepsItsDatabaseInTheDataDirectorySoAResetWipesUsersAndSessions() {
        assertThat(Keycloak.environment(Path.of("/jdk25"), Path.of("/stack/data/keycloak")))
                .containsEntry("JAVA_HOME", "/jdk25")
                .containsEntry("JAVA_OPTS_APPEND", "-Dkc.db-url-path=/stack/data/keycloak");
    }

    @Test
    void unpacksTheDistributionWithoutItsTopFolderAndWithRunnableScripts() throws IOException {
        Path zip = temp.resolve("keycloak.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, "keycloak-26.0.0/bin/kc.sh", "#!/bin/sh");
            add(out, "keycloak-26.0.0/version.txt", "26.0.0");
        }

        Path home = Keycloak.install(zip, temp.resolve("installs/26.0.0"));

        assertThat(home.resolve("version.txt")).hasContent("26.0.0");
        assertThat(Files.isExecutable(home.resolve("bin/kc.sh"))).isTrue();
        assertThat(temp.resolve("installs/26.0.0.partial")).doesNotExist();
    }

    @Test
    void reusesAnExistingInstallation() throws IOException {
        Path home = temp.resolve("installs/26.0.0");
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/kc.sh"), "already here");

        assertThat(Keycloak.install(temp.resolve("absent.zip"), home)).isEqualTo(home);
        assertThat(home.resolve("bin/kc.sh")).hasContent("already here");
    }

    @Test
    void theRealmFileShipsWithTheLauncher() {
        assertThat(Keycloak.class.getResource(Keycloak.REALM_RESOURCE)).isNotNull();
    }

    private static void add(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
