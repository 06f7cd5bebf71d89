package org.uplift.e2e.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.uplift.devstack.LocalStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 4's first flow: a school registered on a page in schools-service reaches reporting-service's read model
 * through the outbox and Kafka, shows on the reports page within seconds, and one trace links the two services' logs.
 */
@ExtendWith(RunningStack.class)
class SchoolToReportJourneyIT {

    private static final Pattern APPLIED = Pattern.compile(
            "\\[reporting-service\\] \\[[^]]*\\] \\[([0-9a-f]{32})-[0-9a-f]{16}\\] .*Applying event \\S+ school\\.registered");

    private Browser browser;
    private LocalStack stack;

    @BeforeEach
    void openBrowser(LocalStack stack) throws Exception {
        this.stack = stack;
        browser = new Browser(stack.gatewayUrl());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aSchoolRegisteredByAnOfficerShowsOnTheReportWithinSeconds() throws Exception {
        browser.open("/reports/schools");
        browser.signIn("leicestershire.officer", "uplift-dev");
        long before = openSchoolsIn("855");

        browser.open("/schools/new");
        browser.find(By.id("urn")).sendKeys("990899");
        browser.find(By.id("laCode")).sendKeys("855");
        browser.find(By.id("establishmentNumber")).sendKeys("2899");
        browser.find(By.id("name")).sendKeys("Synthetic Journey Primary");
        browser.find(By.cssSelector("#phase option[value='Primary']")).click();
        browser.find(By.id("type")).sendKeys("Community school");
        browser.click(By.cssSelector("form[action='/schools'] button[type='submit']"));
        assertThat(browser.heading()).isEqualTo("Synthetic Journey Primary");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> openSchoolsIn("855") == before + 1);

        String traceId = appliedTraceId().orElseThrow(() -> new AssertionError("reporting-service logged no trace id"));
        assertThat(Files.readString(stack.logFile("schools-service"))).as("the same trace in schools-service's log")
                .contains(traceId);
    }

    private long openSchoolsIn(String la) {
        browser.open("/reports/schools");
        return browser.driver().findElements(By.cssSelector("#la-" + la + " td")).stream().skip(1).findFirst()
                .map(cell -> Long.parseLong(cell.getText().trim())).orElse(0L);
    }

    private Optional<String> appliedTraceId() throws IOException {
        Matcher matcher = APPLIED.matcher(Files.readString(stack.logFile("reporting-service")));
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return Optional.ofNullable(last);
    }
}
