package org.uplift.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void findsTheRepositoryFromAModuleDirectory() throws IOException {
        Files.createDirectories(temp.resolve("devstack"));
        Files.createDirectories(temp.resolve("e2e/target"));
        Files.writeString(temp.resolve("mvnw"), "");

        assertThat(Workspace.findRepoRoot(temp.resolve("e2e/target"))).isEqualTo(temp.toAbsolutePath().normalize());
    }

    @Test
    void refusesToRunOutsideTheRepository() {
        assertThatThrownBy(() -> Workspace.findRepoRoot(temp)).hasMessageContaining("not inside the Uplift repository");
    }

    @Test
    void locatesServiceJarsByTheBuildsVersion() {
        Workspace workspace = new Workspace(Path.of("/repo"), Path.of("/repo/.uplift"), Path.of("/repo/.uplift/data"),
                Path.of("/jdk"), new Workspace.Versions("1.2.3", "4.1.2", "26.7.3", "2.1.13"), null);

        assertThat(workspace.serviceJar("cpd-service"))
                .isEqualTo(Path.of("/repo/cpd-service/target/cpd-service-1.2.3.jar"));
        assertThat(workspace.keycloakHome()).isEqualTo(Path.of("/repo/.uplift/keycloak/26.7.3"));
    }

    @Test
    void theBuildFillsInTheVersions() {
        Workspace.Versions versions = Workspace.Versions.fromBuild();

        assertThat(versions.uplift()).doesNotContain("@").isNotBlank();
        assertThat(versions.kafka()).startsWith("4.");
        assertThat(versions.keycloak()).startsWith("26.");
        assertThat(versions.greenmail()).startsWith("2.");
    }
}
