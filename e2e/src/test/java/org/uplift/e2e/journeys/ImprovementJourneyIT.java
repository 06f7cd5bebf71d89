package org.uplift.e2e.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.uplift.devstack.LocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5's journey: an LA officer reviews a school, turns the review into a plan, rates it red, sees the watchlist. */
@ExtendWith(RunningStack.class)
class ImprovementJourneyIT {

    private static final String SCHOOL = "990112";

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
    void anOfficerReviewsPlansRatesAndSeesTheSchoolOnTheWatchlist() {
        browser.open("/schools/" + SCHOOL + "/reviews/new");
        browser.signIn("leicester.officer", "uplift-dev");

        browser.find(By.id("reviewDate")).sendKeys("2026-11-02");
        browser.find(By.id("reviewers")).sendKeys("Leicester maths adviser; SLE");
        for (String area : new String[] {"leadership", "curriculum", "teaching", "assessment", "intervention", "cpd", "governance"}) {
            new Select(browser.find(By.id(area))).selectByVisibleText(area.equals("leadership") ? "Weak" : "Secure");
        }
        browser.find(By.id("strengths")).sendKeys("Consistent use of representations.");
        browser.find(By.id("areasToImprove")).sendKeys("Subject leadership and monitoring.");
        browser.click(By.id("save-review"));
        assertThat(browser.find(By.id("judgements")).getText()).contains("Weak");

        browser.click(By.id("create-action-plan"));
        browser.click(By.id("create-plan"));
        assertThat(browser.find(By.id("objective-leadership")).isDisplayed()).isTrue();

        browser.click(By.id("record-rag-leadership"));
        browser.find(By.id("rag")).click();
        browser.find(By.id("rationale")).sendKeys("No monitoring of maths teaching this term.");
        browser.find(By.id("evidence")).sendKeys("Review notes; book scrutiny.");
        browser.find(By.id("nextReviewDate")).sendKeys("2027-01-15");
        browser.click(By.id("save-rag-review"));
        assertThat(browser.find(By.id("rag-history-leadership")).getText()).containsIgnoringCase("red");

        browser.open("/schools/watchlist");
        assertThat(browser.find(By.id("watch-" + SCHOOL)).getText()).containsIgnoringCase("red objective");
    }
}
