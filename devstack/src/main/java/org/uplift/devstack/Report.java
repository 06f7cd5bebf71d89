package org.uplift.devstack;

import java.io.PrintStream;

/** What `./uplift up` prints once everything is ready. */
final class Report {

    private Report() {
    }

    static void print(LocalStack stack, PrintStream out) {
        out.printf("%nUplift is ready in %.1f s: %s%n%n", Launch.seconds(stack.startupTime()), stack.gatewayUrl());
        out.printf("  %-20s %6s %10s %10s %10s%n", "component", "port", "started", "ready in", "memory");
        for (LocalStack.ComponentStatus status : stack.components()) {
            String memory = status.residentKiB() == 0 ? "-" : status.residentKiB() / 1024 + " MiB";
            if (status.pid().isEmpty() && status.residentKiB() > 0) {
                memory += " (launcher)";
            }
            out.printf("  %-20s %6s %+8.1f s %8.1f s %10s%n", status.name(),
                    status.port() == 0 ? "-" : Integer.toString(status.port()),
                    Launch.seconds(status.launchedAfter()), Launch.seconds(status.readyIn()), memory);
        }
        out.printf("%nDemo logins at %s, DEV ONLY, all with password %s:%n", stack.gatewayUrl(), DemoLogins.PASSWORD);
        for (DemoLogins.Login login : DemoLogins.fromRealm()) {
            out.printf("  %-24s %s%n", login.username(), login.role());
        }
        out.printf("Keycloak admin console, DEV ONLY: %s/admin (admin / %s)%n", stack.keycloakUrl(),
                DemoLogins.PASSWORD);
        out.printf("Emails the stack sends (nothing leaves this machine): %s/%n", stack.mailCatcherUrl());
        out.printf("Logs: %s/<component>.log   Stop: Ctrl-C, or ./uplift down from another terminal%n",
                LocalStack.relativeToWorkingDir(stack.workspace().workDir().resolve("logs")));
    }
}
