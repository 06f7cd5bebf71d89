package org.uplift.cpd.notification;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uplift.cpd.CpdProperties;
import org.uplift.cpd.cohort.Booking;
import org.uplift.cpd.cohort.BookingStore;
import org.uplift.cpd.cohort.Cohort;
import org.uplift.cpd.cohort.CohortStore;
import org.uplift.cpd.cohort.Mail;

/**
 * Sends the emails queued in bookings (queued in the same write as the change they announce), then removes them from
 * the queue: at least once, like the event outbox. A message the SMTP server keeps refusing is dropped after
 * {@value #MAX_ATTEMPTS} tries, with a log line, rather than blocking the queue.
 */
@Component
class QueuedMailSender {

    private static final Logger log = LoggerFactory.getLogger(QueuedMailSender.class);
    static final int MAX_ATTEMPTS = 10;

    private final BookingStore store;
    private final CohortStore cohorts;
    private final JavaMailSender mail;
    private final CpdProperties properties;
    private final String baseUrl;

    QueuedMailSender(BookingStore store, CohortStore cohorts, JavaMailSender mail, CpdProperties properties,
            @Value("${uplift.public-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.cohorts = cohorts;
        this.mail = mail;
        this.properties = properties;
        this.baseUrl = baseUrl;
    }

    @Scheduled(fixedDelayString = "${uplift.cpd.mail-sweep:PT2S}")
    void sendQueued() {
        Map<String, Cohort> loaded = new HashMap<>();
        for (Booking booking : store.withMail()) {
            Cohort cohort = loaded.computeIfAbsent(booking.cohortId(), cohorts::load);
            for (Mail queued : booking.mail()) {
                send(cohort, booking, queued);
            }
        }
    }

    private void send(Cohort cohort, Booking booking, Mail queued) {
        if (queued.attempts() >= MAX_ATTEMPTS) {
            log.warn("Dropping {} email {} for booking {} after {} attempts", queued.kind(), queued.mailId(),
                    queued.bookingId(), queued.attempts());
            store.mailDone(booking.bookingId(), queued.mailId());
            return;
        }
        try {
            mail.send(message(cohort, booking, queued.kind()));
            store.mailDone(booking.bookingId(), queued.mailId());
        } catch (MailException | MessagingException e) {
            log.warn("Could not send {} email for booking {}: {}", queued.kind(), booking.bookingId(), e.toString());
            store.mailFailed(booking.bookingId(), queued.mailId());
        }
    }

    private MimeMessage message(Cohort cohort, Booking booking, Mail.Kind kind) throws MessagingException {
        MailComposer.Message content = MailComposer.compose(kind, cohort, booking, baseUrl);
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, kind == Mail.Kind.CONFIRMATION, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.mailFrom());
        helper.setTo(booking.email());
        helper.setSubject(content.subject());
        helper.setText(content.body());
        if (kind == Mail.Kind.CONFIRMATION) {
            byte[] invite = CalendarInvite.of(cohort, booking).getBytes(StandardCharsets.UTF_8);
            helper.addAttachment("invite.ics", new ByteArrayResource(invite), "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        return message;
    }
}
