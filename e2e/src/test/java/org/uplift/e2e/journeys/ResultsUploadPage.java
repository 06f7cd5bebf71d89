package org.uplift.e2e.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** assessment-service's upload page as a user fills it in, and the KS4 files the journeys upload. */
final class ResultsUploadPage {

    static final String KS4_HEADER = "upn,urn,year_group,disadvantaged,sen_provision,eal,ethnicity,sex,ks2_reading,"
            + "ks2_maths,ks4_maths,ks4_english";
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private final Browser browser;

    ResultsUploadPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * assessment-service learns of schools from schools-service's events; on a freshly started stack the demo
     * schools may still be arriving, as they would for a user on a new platform, so try again until they have.
     */
    void uploadOnceTheSchoolIsKnown(String academicYear, Path csv) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            upload(academicYear, csv);
            boolean schoolUnknown = browser.driver().findElements(By.id("upload-errors")).stream()
                    .anyMatch(errors -> errors.getText().contains("not a school on the platform"));
            if (!schoolUnknown || System.nanoTime() > deadline) {
                return;
            }
            Thread.sleep(5_000);
            browser.open("/assessments/uploads/new");
        }
    }

    /** Fills in the form on the current page, submits it and waits for the outcome (the page refreshes itself). */
    void upload(String academicYear, Path csv) {
        browser.find(By.id("kind-KS4")).click();
        browser.find(By.id("academicYear")).clear();
        browser.find(By.id("academicYear")).sendKeys(academicYear);
        browser.find(By.id("fileChoice")).sendKeys(csv.toAbsolutePath().toString());
        browser.click(By.id("upload-submit"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("upload-outcome")));
        browser.checked();
    }

    /** A KS4 CSV with one line per row (everything after the UPN). */
    static Path ks4File(String name, List<String> rows) throws Exception {
        StringBuilder csv = new StringBuilder(KS4_HEADER).append("\r\n");
        rows.forEach(row -> csv.append(row).append("\r\n"));
        Path file = Files.createTempFile("ks4-" + name, ".csv");
        Files.writeString(file, csv);
        return file;
    }

    /** A valid UPN (DESIGN.md): LA + establishment, year, serial, with the check letter computed in front. */
    static String upn(String laestab, String year, String serial) {
        String rest = laestab + year + serial;
        int sum = 0;
        for (int k = 2; k <= 13; k++) {
            sum += k * Character.getNumericValue(rest.charAt(k - 2));
        }
        return LETTERS.charAt(sum % 23) + rest;
    }
}
