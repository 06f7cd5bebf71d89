package org.uplift.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class JavaRuntimeTest {

    @Test
    void refusesAJavaOlderThanKeycloakNeedsAndSaysWhatToDo() {
        JavaRuntime java17 = new JavaRuntime(Path.of("/usr/lib/jvm/java-17"), 17);

        assertThatThrownBy(() -> java17.requireAtLeast(21, "Keycloak 26"))
                .isInstanceOf(LocalStack.StartFailure.class)
                .hasMessageContaining("Keycloak 26 needs Java 21 or newer but this is Java 17")
                .hasMessageContaining("./uplift");
    }

    @Test
    void acceptsJava21AndNewer() {
        assertThat(new JavaRuntime(Path.of("/jdk21"), 21).requireAtLeast(21, "Keycloak 26"))
                .isEqualTo(Path.of("/jdk21"));
        assertThat(new JavaRuntime(Path.of("/jdk25"), 25).requireAtLeast(21, "Keycloak 26"))
                .isEqualTo(Path.of("/jdk25"));
    }
}
