package org.uplift.e2e.journeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.uplift.devstack.LocalStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uplift.e2e.journeys.ResultsUploadPage.upn;

/**
 * Issue 7's journey: a school lead uploads KS4 results with a mistake, downloads the error report, uploads the
 * corrected file and sees the summary.
 */
@ExtendWith(RunningStack.class)
class ResultsUploadJourneyIT {

    private Browser browser;

    @BeforeEach
    void openBrowser(LocalStack stack) throws Exception {
        browser = new Browser(stack.gatewayUrl());
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
        ResultsUploadPage page = new ResultsUploadPage(browser);

        browser.open("/assessments/uploads/new");
        browser.signIn("school.lead", "uplift-dev");
        page.uploadOnceTheSchoolIsKnown("2025/26", file("rejected", good, wrongCheckLetter));
        assertThat(browser.text(By.id("upload-outcome"))).as(browser.text(By.id("upload-errors")))
                .contains("1 error").contains("nothing was stored");
        assertThat(browser.text(By.id("upload-errors"))).containsIgnoringCase("check letter").doesNotContain(wrongCheckLetter);

        var response = browser.download(browser.find(By.id("download-errors")).getAttribute("href"));
        assertThat(response.statusCode()).isEqualTo(200);
        String report = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(report.lines().findFirst()).hasValue("row,column,problem");
        assertThat(report).contains("upn").doesNotContain(wrongCheckLetter);

        browser.click(By.id("upload-again"));
        page.upload("2025/26", file("corrected", good, other));
        assertThat(browser.text(By.id("upload-outcome"))).contains("2 pupils");
        assertThat(browser.text(By.id("upload-summary"))).contains("990101");
    }

    private static Path file(String name, String... upns) throws Exception {
        List<String> rows = Arrays.stream(upns).map(upn -> upn + ",990101,11,Y,N,N,WBRI,F,104,106,5,6").toList();
        return ResultsUploadPage.ks4File(name, rows);
    }
}
