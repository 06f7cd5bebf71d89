package org.uplift.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real GreenMail jar as the stack runs it (on free ports here): an email sent over SMTP is readable by API. */
class MailCatcherIT {

    @TempDir
    Path temp;

    @Test
    void anEmailSentToAnyAddressIsReadableThroughTheApi() throws Exception {
        Workspace real = new Workspace(Workspace.findRepoRoot(Path.of("")), temp, temp, JavaRuntime.current().home(),
                Workspace.Versions.fromBuild(), null);
        int smtp = freePort();
        int api = freePort();
        ChildProcess catcher = MailCatcher.start(real, RuntimeArtifacts.resolve(real), smtp, api);
        try {
            awaitReady(Readiness.tcpOpen(smtp), catcher);
            awaitReady(Readiness.tcpOpen(api), catcher);

            send(smtp, "teacher@uplift.invalid", "Booking confirmed: Mastery 1");

            String inbox = Readiness.HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + api + "/api/user/teacher@uplift.invalid/messages/INBOX"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(inbox).contains("\"subject\":\"Booking confirmed: Mastery 1\"");
        } finally {
            catcher.stop();
        }
    }

    private static void awaitReady(Readiness readiness, ChildProcess process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!readiness.check()) {
            assertThat(process.exitReason()).as("GreenMail's log: %s", process.log()).isEmpty();
            assertThat(System.nanoTime()).as("GreenMail ready within 2 minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** A minimal SMTP conversation: enough to prove the catcher takes mail without authentication. */
    private static void send(int port, String to, String subject) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.US_ASCII));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            expect(in, "220");
            for (String[] step : new String[][] {{"HELO localhost", "250"}, {"MAIL FROM:<cpd@uplift.invalid>", "250"},
                    {"RCPT TO:<" + to + ">", "250"}, {"DATA", "354"},
                    {"Subject: " + subject + "\r\nTo: " + to + "\r\n\r\nHello\r\n.", "250"}, {"QUIT", "221"}}) {
                out.print(step[0] + "\r\n");
                out.flush();
                expect(in, step[1]);
            }
        }
    }

    private static void expect(BufferedReader in, String code) throws Exception {
        String line;
        do {
            line = in.readLine();
            assertThat(line).as("SMTP reply").isNotNull().startsWith(code);
        } while (line.charAt(3) == '-');
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
