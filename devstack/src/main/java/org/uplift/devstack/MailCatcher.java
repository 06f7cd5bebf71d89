package org.uplift.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * GreenMail standalone as the local mail catcher: cpd-service's emails (confirmations with their invite.ics,
 * reminders, offers) land here instead of anywhere real, readable on GreenMail's web page and REST API
 * ({@code /api/user/<address>/messages/INBOX}). Any address is accepted without a password.
 */
final class MailCatcher {

    private MailCatcher() {
    }

    static ChildProcess start(Workspace workspace, RuntimeArtifacts artifacts, int smtpPort, int apiPort)
            throws IOException {
        return ChildProcess.start(command(workspace.javaExecutable(), artifacts.greenmailJar(), smtpPort, apiPort),
                Map.of(), workspace.repoRoot(), workspace.log("mail-catcher"));
    }

    /**
     * SMTP only (no IMAP/POP3: nobody reads mail by protocol here) and the API, both on loopback. The API's own default
     * port is 8080, the gateway's, so it is always given. A few MiB of test mail need neither a big heap nor C2.
     */
    static List<String> command(Path java, Path greenmailJar, int smtpPort, int apiPort) {
        return List.of(java.toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dgreenmail.smtp.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.auth.disabled",
                "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + apiPort,
                "-jar", greenmailJar.toString());
    }
}
