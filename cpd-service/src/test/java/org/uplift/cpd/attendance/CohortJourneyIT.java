package org.uplift.cpd.attendance;

import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.uplift.contracts.Topics;
import org.uplift.cpd.notification.Reminders;
import org.uplift.cpd.support.Api;
import org.uplift.cpd.support.Events;
import org.uplift.cpd.support.TestClock;
import org.uplift.platform.testing.ServiceIntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.uplift.cpd.support.Api.json;

/**
 * The whole life of a cohort over real HTTP, real SMTP (GreenMail) and the real broker: booking with a confirmation
 * email carrying an .ics invite, a cancellation offering the place to the waitlist, the reminder, registers, the
 * completion event and certificate, and the CSV export.
 */
@ServiceIntegrationTest
@Import(TestClock.Config.class)
class CohortJourneyIT {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("uplift.cpd.mail-sweep", () -> "PT0.2S");
    }

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    Reminders reminders;
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void bookCancelOfferRemindRegisterCompleteAndDownloadTheCertificate() throws Exception {
        clock.set(Instant.now());
        Api api = new Api(port);
        LocalDate first = LocalDate.now().plusDays(30);
        String programme = api.programme("Journey programme", 5);
        JsonNode cohort = api.cohort(programme, 5, 2, first, List.of());
        String cohortId = cohort.path("id").asString();

        String ivy = json(api.post("/api/cpd/cohorts/" + cohortId + "/bookings", Api.teacher("ivy"), Map.of())).path("id").asString();
        String kim = json(api.post("/api/cpd/cohorts/" + cohortId + "/bookings", Api.teacher("kim"), Map.of())).path("id").asString();
        String jon = json(api.post("/api/cpd/cohorts/" + cohortId + "/bookings", Api.teacher("jon"), Map.of())).path("id").asString();

        MimeMessage confirmation = awaitMail("ivy@school.invalid", "Booking confirmed");
        assertThat(GreenMailUtil.getBody(confirmation)).contains("Journey programme");
        Calendar invite = new CalendarBuilder().build(new StringReader(attachment(confirmation, "invite.ics")));
        List<VEvent> events = invite.getComponents("VEVENT");
        assertThat(events).hasSize(5);
        assertThat(events.getFirst().getSummary().getValue()).contains("Journey programme");
        assertThat(events.getFirst().getLocation().getValue()).contains("Leicester");

        api.delete("/api/cpd/bookings/" + kim, Api.teacher("kim"));
        assertThat(GreenMailUtil.getBody(awaitMail("kim@school.invalid", "Booking cancelled"))).contains("cancelled");
        assertThat(GreenMailUtil.getBody(awaitMail("jon@school.invalid", "A place is available"))).contains("Accept it by");
        api.post("/api/cpd/bookings/" + jon + "/accept", Api.teacher("jon"), Map.of());

        clock.set(first.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant().minus(Duration.ofDays(1)));
        reminders.queueDue();
        awaitMail("ivy@school.invalid", "Reminder");

        assertThat(api.get("/api/cpd/bookings/" + ivy + "/certificate", Api.teacher("ivy")).statusCode()).isEqualTo(409);
        List<String> sessions = cohort.path("sessions").valueStream().map(s -> s.path("sessionId").asString()).toList();
        for (int i = 0; i < 4; i++) {
            var recorded = api.put("/api/cpd/cohorts/" + cohortId + "/sessions/" + sessions.get(i) + "/attendance",
                    Api.hubLead(), Map.of("present", i == 0 ? List.of(ivy, jon) : List.of(ivy)));
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        }

        List<JsonNode> completed = Events.await(broker, Topics.ATTENDANCE,
                e -> e.path("type").asString().equals("programme.completed") && e.at("/payload/booking/bookingId").asString().equals(ivy), 1);
        assertThat(completed.getFirst().path("laCode").asString()).isEqualTo("856");
        assertThat(completed.getFirst().at("/payload/booking/urn").asString()).isEqualTo("990101");
        assertThat(completed.getFirst().at("/payload/booking/hubCode").asString()).isEqualTo("EMSMH");
        assertThat(completed.getFirst().toString()).doesNotContain("ivy@school.invalid");
        Events.await(broker, Topics.ATTENDANCE, e -> e.path("type").asString().equals("attendance.recorded")
                && e.at("/payload/booking/cohortId").asString().equals(cohortId), 8);
        Events.await(broker, Topics.BOOKING, e -> e.at("/payload/booking/cohortId").asString().equals(cohortId)
                && List.of("booking.confirmed", "booking.cancelled", "booking.waitlisted", "booking.offer-made").contains(e.path("type").asString()), 6);

        var certificate = api.bytes("/api/cpd/bookings/" + ivy + "/certificate", Api.teacher("ivy"));
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(certificate.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String pdf = new String(certificate.body(), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-1.4").contains("(ivy) Tj", "(Journey programme) Tj").endsWith("%%EOF\n");
        assertThat(api.get("/api/cpd/bookings/" + ivy + "/certificate", Api.teacher("jon")).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/cpd/bookings/" + jon + "/certificate", Api.teacher("jon")).statusCode()).isEqualTo(409);

        var csv = api.send("/api/cpd/cohorts/" + cohortId + "/sessions/" + sessions.getFirst() + "/attendance", Api.hubLead(), "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines()).first().isEqualTo("booking_id,name,school_urn,la_code,session_date,present");
        assertThat(csv.body()).contains(ivy + ",ivy,990101,856," + first + ",yes", jon + ",jon,990101,856," + first + ",yes");

        JsonNode numbers = json(api.get("/api/cpd/cohorts/" + cohortId, Api.hubLead()));
        assertThat(numbers.path("fillRate").asInt()).isEqualTo(100);
        assertThat(numbers.path("attendanceRate").asInt()).isEqualTo(63);
        assertThat(api.get("/api/cpd/cohorts/" + cohortId + "/sessions/" + sessions.getFirst() + "/attendance", Api.otherHubLead()).statusCode()).isEqualTo(404);
        clock.set(Instant.now());
    }

    private static MimeMessage awaitMail(String to, String subject) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> java.util.Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> address(m).equals(to) && subject(m).startsWith(subject)).findFirst().orElse(null), m -> m != null);
    }

    private static String address(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private static String attachment(MimeMessage message, String name) throws Exception {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (name.equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("text/calendar");
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no attachment " + name);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
