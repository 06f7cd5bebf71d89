package org.uplift.e2e.journeys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.awaitility.Awaitility.await;

/**
 * One address's inbox in the stack's mail catcher (GreenMail), read through its REST API
 * ({@code GET /api/user/<address>/messages/INBOX}, each message with its raw MIME text) as a user would read mail.
 */
final class Mailbox {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Session MIME = Session.getInstance(new Properties());

    private final URI inbox;

    Mailbox(URI mailCatcher, String address) {
        this.inbox = mailCatcher.resolve("/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "/messages/INBOX");
    }

    /**
     * Waits for the first message whose subject contains the text: cpd-service sends from a queue every 2 s, and a
     * loaded machine stretches that, so the limit is only there to end a run that would otherwise hang.
     */
    MimeMessage awaitMessage(String subjectContains) {
        return await("an email \"" + subjectContains + "\" at " + inbox).atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> find(subjectContains), Optional::isPresent).orElseThrow();
    }

    private Optional<MimeMessage> find(String subjectContains) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(inbox).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return Optional.empty(); // GreenMail creates the user on its first message
        }
        for (JsonNode message : JSON.readTree(response.body())) {
            if (message.path("subject").asString().contains(subjectContains)) {
                return Optional.of(new MimeMessage(MIME, new ByteArrayInputStream(
                        message.path("mimeMessage").asString().getBytes(StandardCharsets.UTF_8))));
            }
        }
        return Optional.empty();
    }

    /** The attachment with this file name, decoded, anywhere in the message. */
    static Optional<String> attachment(Part part, String fileName) throws MessagingException, IOException {
        if (fileName.equals(part.getFileName())) {
            try (InputStream in = part.getInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = attachment(child, fileName);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
