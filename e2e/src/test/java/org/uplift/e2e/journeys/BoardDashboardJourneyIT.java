package org.uplift.e2e.journeys;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.uplift.devstack.LocalStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.uplift.e2e.journeys.ResultsUploadPage.upn;

/**
 * Issue 8's journey: an LA officer uploads a school's KS4 results and rates an action-plan objective red, and the East
 * Midlands board member watching the region's dashboard sees both arrive within seconds, drilling down region → LA →
 * school, with the school's small groups hidden as {@code c}.
 */
@ExtendWith(RunningStack.class)
class BoardDashboardJourneyIT {

    /** A Leicester (856) secondary with no KS4 results for this year and no reviews in the demo data. */
    private static final String SCHOOL = "990107";
    private static final String LA = "856";
    private static final String YEAR = "2025/26";

    /**
     * Twelve pupils: 9 at grade 4+ (75.0%), 6 at grade 5+ (50.0%), 6 disadvantaged, and 3 with SEN support: a group of
     * 1-5 pupils, so SEN shows c, and so does "no SEN", from which it could be worked out.
     */
    private static final String[] GRADES = {"9", "8", "7", "6", "5", "5", "4", "4", "4", "3", "2", "U"};

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void uploadedResultsAndARedRatingReachTheBoardsDashboardWithSmallGroupsSuppressed(LocalStack stack) throws Exception {
        Browser board = signedIn(stack, "/reports", "em.board");
        board.click(By.id("link-attainment"));
        assertThat(board.url()).doesNotContain("level=");
        new Select(board.find(By.id("year"))).selectByVisibleText(YEAR);
        board.click(By.id("apply-filters"));
        board.click(By.cssSelector("#by-la-" + LA + " a"));
        String laAttainment = path(board);
        assertThat(board.heading()).isEqualTo("Leicester");
        assertThat(text(board, "by-school-" + SCHOOL + "-ks4-pupils")).isNotEqualTo("12");

        board.open("/reports").click(By.id("link-improvement"));
        String regionImprovement = path(board);
        long redBefore = number(text(board, "objectives-now-" + LA + "-red"));

        Browser officer = signedIn(stack, "/assessments/uploads/new", "leicester.officer");
        new ResultsUploadPage(officer).uploadOnceTheSchoolIsKnown(YEAR, ResultsUploadPage.ks4File("board", rows()));
        assertThat(officer.text(By.id("upload-outcome"))).as(officer.pageSource()).contains("12 pupils");
        long uploaded = System.nanoTime();

        long resultsShown = until(board, laAttainment, () -> "12".equals(text(board, "by-school-" + SCHOOL + "-ks4-pupils")));
        System.out.printf("BOARD results on the LA dashboard %.1f s after the upload was accepted%n",
                (resultsShown - uploaded) / 1e9);
        board.click(By.cssSelector("#by-school-" + SCHOOL + " a"));
        assertThat(board.url()).contains("level=school").contains("code=" + SCHOOL);
        assertThat(text(board, "ks4-all-pupils")).isEqualTo("12");
        assertThat(text(board, "ks4-all-grade4")).isEqualTo("75.0");
        assertThat(text(board, "ks4-all-grade5")).isEqualTo("50.0");
        assertThat(text(board, "ks4-disadvantaged-pupils")).isEqualTo("6");
        assertThat(text(board, "ks4-sen-pupils")).isEqualTo("c");
        assertThat(text(board, "ks4-sen-grade4")).isEqualTo("c");
        assertThat(text(board, "ks4-no-sen-pupils")).isEqualTo("c");
        assertThat(text(board, "ks4-no-sen-grade4")).isEqualTo("c");
        assertThat(board.text(By.id("freshness"))).isNotBlank();

        rateLeadershipRed(officer);
        long rated = System.nanoTime();

        long ratingShown = until(board, regionImprovement,
                () -> number(text(board, "objectives-now-" + LA + "-red")) > redBefore);
        System.out.printf("BOARD red rating on the region dashboard %.1f s after it was saved%n", (ratingShown - rated) / 1e9);
        board.click(By.cssSelector("#objectives-now-" + LA + " a"));
        board.click(By.cssSelector("#objectives-now-" + SCHOOL + " a"));
        assertThat(board.url()).contains("level=school").contains("code=" + SCHOOL);
        assertThat(text(board, "objectives-now-" + SCHOOL + "-objectives")).isEqualTo("1");
        assertThat(text(board, "objectives-now-" + SCHOOL + "-red")).isEqualTo("1");
        List<WebElement> redByTerm = board.driver().findElements(By.cssSelector("#rag-by-term td[id$='-red']"));
        assertThat(redByTerm).extracting(WebElement::getText).containsExactly("1");
    }

    /** The first review of the school, turned into a plan whose leadership objective is rated red (as issue 5 does). */
    private static void rateLeadershipRed(Browser officer) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        officer.open("/schools/" + SCHOOL + "/reviews/new");
        officer.find(By.id("reviewDate")).sendKeys(today.minusDays(7).toString());
        officer.find(By.id("reviewers")).sendKeys("Leicester maths adviser");
        for (String area : new String[] {"leadership", "curriculum", "teaching", "assessment", "intervention", "cpd", "governance"}) {
            new Select(officer.find(By.id(area))).selectByVisibleText(area.equals("leadership") ? "Weak" : "Secure");
        }
        officer.find(By.id("strengths")).sendKeys("Shared lesson design.");
        officer.find(By.id("areasToImprove")).sendKeys("Monitoring of maths teaching.");
        officer.click(By.id("save-review"));
        officer.click(By.id("create-action-plan"));
        officer.click(By.id("create-plan"));
        officer.click(By.id("record-rag-leadership"));
        officer.find(By.id("rag")).click();
        officer.find(By.id("rationale")).sendKeys("No monitoring this term.");
        officer.find(By.id("evidence")).sendKeys("Review notes.");
        officer.find(By.id("nextReviewDate")).sendKeys(today.plusDays(60).toString());
        officer.click(By.id("save-rag-review"));
        assertThat(officer.find(By.id("rag-history-leadership")).getText()).containsIgnoringCase("red");
    }

    private static List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < GRADES.length; i++) {
            String disadvantaged = i % 2 == 0 ? "Y" : "N";
            String sen = i >= 9 ? "K" : "N";
            String sex = i < 6 ? "F" : "M";
            rows.add(String.join(",", upn("8564007", "21", "%03d".formatted(101 + i)), SCHOOL, "11", disadvantaged, sen,
                    "N", "WBRI", sex, "104", "106", GRADES[i], "5"));
        }
        return rows;
    }

    /**
     * Reloads the page until the condition holds, then checks the page once. Events cross the outbox relay, Kafka and
     * the consumer, seconds on a quiet machine: the limit is generous only so a loaded CI box cannot fail the journey.
     */
    private static long until(Browser browser, String path, Callable<Boolean> shown) {
        long[] shownAt = new long[1];
        await("%s shows the change".formatted(path)).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> {
                    browser.reloadUnchecked(path);
                    shownAt[0] = System.nanoTime();
                    return shown.call();
                });
        browser.checked();
        return shownAt[0];
    }

    private Browser signedIn(LocalStack stack, String path, String username) throws Exception {
        Browser browser = new Browser(stack.gatewayUrl());
        browsers.add(browser);
        browser.open(path);
        return browser.signIn(username, "uplift-dev");
    }

    private static String text(Browser browser, String id) {
        List<WebElement> found = browser.driver().findElements(By.id(id));
        return found.isEmpty() ? "" : found.getFirst().getText().trim();
    }

    private static long number(String text) {
        return text.matches("\\d+") ? Long.parseLong(text) : 0;
    }

    private static String path(Browser browser) {
        String url = browser.url();
        return url.substring(url.indexOf("/reports"));
    }
}
