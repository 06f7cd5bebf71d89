package org.uplift.e2e.journeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.uplift.devstack.LocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's journey: a school lead uploads KS4 results with a mistake, downloads the error report, uploads the
 * corrected file and sees the summary.
 */
@ExtendWith(RunningStack.class)
class ResultsUploadJourneyIT {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final String HEADER = "upn,urn,year_group,disadvantaged,sen_provision,eal,ethnicity,sex,ks2_reading,ks2_maths,ks4_maths,ks4_english";

    private Browser browser;
    private URI gateway;

    @BeforeEach
    void openBrowser(LocalStack stack) throws Exception {
        gateway = stack.gatewayUrl();
        browser = new Browser(gateway);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aSchoolLeadFixesARejectedFileAndSeesTheSummary() throws Exception {
        String good = upn("8564101", "26", "001");
        String other = upn("8564101", "26", "002");
        String wrongCheckLetter = (other.charAt(0) == 'A' ? "B" : "A") + other.substring(1);

        browser.open("/assessments/uploads/new");
        browser.signIn("school.lead", "uplift-dev");
        uploadOnceTheSchoolIsKnown(file("rejected", good, wrongCheckLetter));
        assertThat(browser.text(By.id("upload-outcome"))).as(browser.text(By.id("upload-errors")))
                .contains("1 error").contains("nothing was stored");
        assertThat(browser.text(By.id("upload-errors"))).containsIgnoringCase("check letter").doesNotContain(wrongCheckLetter);

        String report = download(browser.find(By.id("download-errors")).getAttribute("href"));
        assertThat(report.lines().findFirst()).hasValue("row,column,problem");
        assertThat(report).contains("upn").doesNotContain(wrongCheckLetter);

        browser.click(By.id("upload-again"));
        upload(file("corrected", good, other));
        waitForOutcome();
        assertThat(browser.text(By.id("upload-outcome"))).contains("2 pupils");
        assertThat(browser.text(By.id("upload-summary"))).contains("990101");
    }

    /**
     * assessment-service learns of schools from schools-service's events; on a freshly started stack the demo
     * schools may still be arriving, as they would for a user on a new platform, so try again until they have.
     */
    private void uploadOnceTheSchoolIsKnown(Path csv) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            upload(csv);
            waitForOutcome();
            if (!browser.text(By.id("upload-errors")).contains("not a school on the platform") || System.nanoTime() > deadline) {
                return;
            }
            Thread.sleep(5_000);
            browser.open("/assessments/uploads/new");
        }
    }

    private void upload(Path csv) {
        browser.find(By.id("kind-KS4")).click();
        browser.find(By.id("academicYear")).clear();
        browser.find(By.id("academicYear")).sendKeys("2025/26");
        browser.find(By.id("fileChoice")).sendKeys(csv.toAbsolutePath().toString());
        browser.click(By.id("upload-submit"));
    }

    private void waitForOutcome() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("upload-outcome")));
        browser.checked();
    }

    /** Fetches a link with the browser's session, as "download" would. */
    private String download(String href) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(gateway.resolve(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Path file(String name, String... upns) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (String upn : upns) {
            csv.append(upn).append(",990101,11,Y,N,N,WBRI,F,104,106,5,6\r\n");
        }
        Path file = Files.createTempFile("ks4-" + name, ".csv");
        Files.writeString(file, csv);
        return file;
    }

    /** A valid UPN (DESIGN.md): LA + establishment, year, serial, with the check letter computed in front. */
    private static String upn(String laestab, String year, String serial) {
        String rest = laestab + year + serial;
        int sum = 0;
        for (int k = 2; k <= 13; k++) {
            sum += k * Character.getNumericValue(rest.charAt(k - 2));
        }
        return LETTERS.charAt(sum % 23) + rest;
    }
}
