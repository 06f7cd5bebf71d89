package org.uplift.e2e.journeys;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.uplift.devstack.LocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's journey, every step on a page: a hub lead publishes a programme and a cohort, a teacher books a place and
 * gets the confirmation email with a calendar invitation in the stack's mail catcher, the hub lead takes registers
 * until the completion rule is met, and the teacher downloads the certificate.
 */
@ExtendWith(RunningStack.class)
class CpdJourneyIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalTime START = LocalTime.of(9, 30);
    private static final LocalTime END = LocalTime.of(15, 30);
    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");

    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aTeacherBooksGetsTheInviteAttendsAndDownloadsTheCertificate(LocalStack stack) throws Exception {
        String title = "Journey fractions " + System.currentTimeMillis();
        LocalDate today = LocalDate.now(UK);
        List<LocalDate> sessions = List.of(today.plusDays(28), today.plusDays(35), today.plusDays(42));

        signIn(stack, "/cpd", "hub.lead");
        String cohort = publishProgrammeAndCohort(title, today, sessions);

        signIn(stack, cohort, "teacher");
        assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo("teacher@uplift.invalid");
        browser.click(By.id("book-place"));
        // The banner is worded from the stored booking named in the redirect (no session passes the gateway).
        assertThat(browser.url()).contains("/cpd/me?booked=");
        assertThat(browser.text(By.id("notice"))).startsWith("Booking confirmed for ");
        assertThat(booking(title).getText()).contains("Confirmed").contains("0 of 3 sessions");

        MimeMessage confirmation = new Mailbox(stack.mailCatcherUrl(), "teacher@uplift.invalid")
                .awaitMessage("Booking confirmed: " + title);
        String ics = Mailbox.attachment(confirmation, "invite.ics")
                .orElseThrow(() -> new AssertionError("the confirmation has no invite.ics"));
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        assertThat(events).extracting(CpdJourneyIT::startsAt)
                .containsExactlyElementsOf(sessions.stream().map(day -> day.atTime(START).atZone(UK).toInstant()).toList());
        assertThat(events).allSatisfy(event -> assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .startsWith(title));

        // 60% of 3 sessions: two registers complete the programme.
        signIn(stack, cohort, "hub.lead");
        for (int session = 1; session <= 2; session++) {
            browser.open(cohort).click(By.id("register-" + session));
            String register = browser.url();
            assertThat(browser.find(By.cssSelector("label[for='present-1']")).getText()).contains("990101");
            browser.find(By.id("present-1")).click();
            browser.click(By.id("save-register"));
            assertThat(browser.text(By.id("notice"))).as("register %d saved", session).startsWith("Register saved: ");
            assertThat(browser.open(register.substring(register.indexOf("/cpd/"))).find(By.id("present-1")).isSelected())
                    .as("register %d saved with the teacher present", session).isTrue();
        }

        signIn(stack, "/cpd/me", "teacher");
        WebElement card = booking(title);
        assertThat(card.getText()).contains("2 of 3 sessions, completed");
        // Cards (and so their ids, certificate-N) are numbered in list order, and the demo data books the teacher too.
        HttpResponse<byte[]> certificate = browser.download(card.findElement(By.cssSelector("a[id^='certificate-']"))
                .getAttribute("href"));
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(certificate.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/pdf"));
        assertThat(new String(certificate.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** Returns the new cohort's path. */
    private String publishProgrammeAndCohort(String title, LocalDate today, List<LocalDate> sessions) {
        browser.waitFor(By.id("publish-programme-link"));
        browser.click(By.id("publish-programme-link"));
        browser.find(By.id("title")).sendKeys(title);
        browser.find(By.id("summary")).sendKeys("Teaching fractions with representations, for secondary teachers.");
        browser.find(By.id("phase-3")).click();
        browser.find(By.id("audience-1")).click();
        browser.find(By.id("format-IN_PERSON")).click();
        browser.find(By.id("sessionCount")).sendKeys("3");
        browser.find(By.id("completionPercent")).clear();
        browser.find(By.id("completionPercent")).sendKeys("60");
        browser.click(By.id("publish-programme"));
        assertThat(browser.url()).as(errors()).contains("/cpd/programmes/");
        assertThat(browser.heading()).isEqualTo(title);

        browser.click(By.id("add-cohort"));
        browser.find(By.id("name")).sendKeys("Leicester, journey cohort");
        for (int i = 0; i < sessions.size(); i++) {
            browser.find(By.id("session-" + (i + 1) + "-date")).sendKeys(sessions.get(i).toString());
            browser.find(By.id("session-" + (i + 1) + "-start")).sendKeys(START.toString());
            browser.find(By.id("session-" + (i + 1) + "-end")).sendKeys(END.toString());
        }
        browser.find(By.id("venue")).sendKeys("Leicester maths hub centre");
        browser.find(By.id("capacity")).sendKeys("20");
        browser.find(By.id("bookingOpensOn")).sendKeys(today.toString());
        browser.find(By.id("bookingClosesOn")).sendKeys(sessions.getFirst().minusDays(1).toString());
        browser.click(By.id("publish-cohort"));
        assertThat(browser.url()).as(errors()).matches(".*/cpd/cohorts/[^/]+$");
        return browser.url().substring(browser.url().indexOf("/cpd/cohorts/"));
    }

    /** The teacher's booking card for the programme on "My bookings". */
    private WebElement booking(String title) {
        return browser.driver().findElements(By.cssSelector(".govuk-summary-card")).stream()
                .filter(card -> card.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no booking for " + title + " on " + browser.url()));
    }

    /** The GOV.UK error summary of a form that was not accepted, to say why in a failure. */
    private String errors() {
        return browser.driver().findElements(By.cssSelector(".govuk-error-summary")).stream()
                .map(summary -> summary.getText()).findFirst().orElse("no error summary");
    }

    /** A fresh browser (no session) that opens the path and signs in there. */
    private void signIn(LocalStack stack, String path, String username) throws Exception {
        closeBrowser();
        browser = new Browser(stack.gatewayUrl());
        browser.open(path);
        browser.signIn(username, "uplift-dev");
    }

    /**
     * DTSTART as written (UTC, "20270114T093000Z"): ical4j 4.4's typed getter cannot tell the value type of a parsed
     * DTSTART and fails on the trailing Z, so the text is read as the RFC 5545 UTC form it is.
     */
    private static Instant startsAt(VEvent event) {
        String value = event.getProperty(Property.DTSTART).orElseThrow().getValue();
        return OffsetDateTime.parse(value, UTC_DATE_TIME).toInstant();
    }
}
