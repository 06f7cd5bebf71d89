package org.uplift.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class MailCatcherTest {

    private final List<String> command = MailCatcher.command(Path.of("/jdk/bin/java"), Path.of("/m2/greenmail.jar"),
            3025, 8025);

    @Test
    void listensOnLoopbackOnlyForSmtpAndTheApi() {
        assertThat(command).contains("-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=3025",
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=8025");
        assertThat(command).noneMatch(option -> option.contains("imap") || option.contains("pop3"));
    }

    @Test
    void acceptsMailForAnyAddressWithoutAPassword() {
        assertThat(command).contains("-Dgreenmail.auth.disabled");
    }

    @Test
    void runsTheStandaloneJarWithItsSystemPropertiesBeforeIt() {
        assertThat(command.getFirst()).isEqualTo("/jdk/bin/java");
        assertThat(command.subList(command.size() - 2, command.size())).containsExactly("-jar", "/m2/greenmail.jar");
    }
}
