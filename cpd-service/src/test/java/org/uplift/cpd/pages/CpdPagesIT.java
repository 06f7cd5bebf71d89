package org.uplift.cpd.pages;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uplift.cpd.support.Api;
import org.uplift.platform.testing.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page flow the e2e journey follows (docs/cpd-service.md), driven as a browser without JavaScript would: plain
 * form posts, redirects, GOV.UK error summaries.
 */
@ServiceIntegrationTest
class CpdPagesIT {

    @LocalServerPort
    int port;

    @Test
    void hubPublishesTeacherBooksHubTakesTheRegisterAllThroughPlainForms() {
        Api api = new Api(port);
        assertThat(api.get("/cpd", Api.hubLead()).body()).contains("CPD catalogue", "id=\"publish-programme-link\"");

        HttpResponse<String> programme = api.form("/cpd/programmes", Api.hubLead(), "title=" + enc("Numeracy across the curriculum (pages)")
                + "&summary=Synthetic&phases=Secondary&audienceRoles=Teacher&format=IN_PERSON&sessionCount=2&cost=&completionPercent=50");
        assertThat(programme.statusCode()).as(programme.body()).isEqualTo(302);
        String programmePath = location(programme);
        assertThat(api.get(programmePath, Api.hubLead()).body()).contains("Numeracy across the curriculum (pages)", "id=\"add-cohort\"");
        String programmeId = programmePath.substring(programmePath.lastIndexOf('/') + 1);
        assertThat(api.get(programmePath + "/cohorts/new", Api.hubLead()).body()).contains("id=\"session-2-date\"");

        LocalDate first = LocalDate.now().plusDays(40);
        HttpResponse<String> cohort = api.form("/cpd/cohorts", Api.hubLead(), "programmeId=" + programmeId
                + "&name=" + enc("Spring, Leicester") + "&sessions%5B0%5D.date=" + first + "&sessions%5B0%5D.start=09:30&sessions%5B0%5D.end=12:00"
                + "&sessions%5B1%5D.date=" + first.plusWeeks(2) + "&sessions%5B1%5D.start=09:30&sessions%5B1%5D.end=12:00"
                + "&venue=" + enc("Leicester Maths Hub") + "&onlineLink=&capacity=12&bookingOpensOn=" + LocalDate.now()
                + "&bookingClosesOn=" + first.minusDays(1) + "&cancellationCutoffDays=7&eligibleLaCodes=");
        assertThat(cohort.statusCode()).as(cohort.body()).isEqualTo(302);
        String cohortPath = location(cohort);
        assertThat(api.get(cohortPath, Api.teacher("pat")).body()).contains("id=\"book-place\"", "value=\"pat@school.invalid\"");

        HttpResponse<String> booked = api.form(cohortPath + "/bookings", Api.teacher("pat"), "email=" + enc("pat@school.invalid"));
        assertThat(booked.statusCode()).isEqualTo(302);
        // No cookie travels (the gateway keeps them): the banner comes from the redirect's query and the stored booking.
        assertThat(location(booked)).startsWith("/cpd/me?booked=");
        assertThat(api.get(location(booked), Api.teacher("pat")).body()).contains("Numeracy across the curriculum (pages)",
                "Confirmed", "id=\"cancel-1\"", "id=\"notice\"", "Booking confirmed for pat");
        assertThat(api.get("/cpd/me?booked=someone-elses", Api.teacher("pat")).body()).doesNotContain("id=\"notice\"");
        assertThat(api.get("/cpd/me?done=%3Cb%3Ephish", Api.teacher("pat")).body()).doesNotContain("id=\"notice\"", "phish");
        HttpResponse<String> twice = api.form(cohortPath + "/bookings", Api.teacher("pat"), "email=" + enc("pat@school.invalid"));
        assertThat(twice.statusCode()).isEqualTo(200);
        assertThat(twice.body()).contains("govuk-error-summary", "already has a place");

        String hubView = api.get(cohortPath, Api.hubLead()).body();
        assertThat(hubView).contains("id=\"register-1\"", "All bookings", "pat");
        String registerPath = hubView.replaceAll("(?s).*id=\"register-1\" href=\"([^\"]+)\".*", "$1");
        String register = api.get(registerPath, Api.hubLead()).body();
        assertThat(register).contains("govuk-checkboxes__input", "id=\"present-1\"", "Who attended?");
        String bookingId = register.replaceAll("(?s).*id=\"present-1\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> saved = api.form(registerPath, Api.hubLead(), "present=" + bookingId);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(api.get(location(saved), Api.hubLead()).body()).contains("id=\"notice\"", "Register saved: 1 of 1 present.");
        assertThat(api.get(registerPath + ".csv", Api.hubLead()).body()).contains(bookingId + ",pat,990101,856," + first + ",yes");
        assertThat(api.get("/cpd/me", Api.teacher("pat")).body()).contains("1 of 2 sessions, completed", "id=\"certificate-1\"");
        assertThat(api.get("/cpd/hub", Api.hubLead()).body()).contains("Numeracy across the curriculum (pages)", "100%");
        assertThat(api.get(registerPath, Api.otherHubLead()).statusCode()).isEqualTo(404);
    }

    @Test
    void anInvalidProgrammeFormShowsTheErrorSummaryAndKeepsWhatWasTyped() {
        HttpResponse<String> page = new Api(port).form("/cpd/programmes", Api.hubLead(), "title=" + enc("Kept title") + "&summary=&sessionCount=");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary", "Enter a summary", "Select at least one phase", "value=\"Kept title\"");

        HttpResponse<String> notANumber = new Api(port).form("/cpd/programmes", Api.hubLead(), "title=" + enc("Kept title") + "&sessionCount=x");
        assertThat(notANumber.statusCode()).isEqualTo(200);
        assertThat(notANumber.body()).contains("govuk-error-summary", "Enter a whole number, like 3", "value=\"Kept title\"");
    }

    @Test
    void aTeacherCannotOpenThePublishingPages() {
        assertThat(new Api(port).get("/cpd/programmes/new", Api.teacher("quin")).statusCode()).isEqualTo(403);
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
