package org.uplift.e2e.journeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium, driven like a user, that checks every page of ours it lands on with axe-core against
 * WCAG 2.2 AA and fails on any violation.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final WebDriver driver;
    private final URI gateway;

    Browser(URI gateway) throws Exception {
        assertThat(Path.of(CHROMIUM)).as("Chromium is installed (apt-get install chromium chromium-driver)").exists();
        this.gateway = gateway;
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync",
                "--window-size=1280,1024", "--user-data-dir=" + Files.createTempDirectory("uplift-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Opens a path of the platform and checks the page it ends up on. */
    Browser open(String path) {
        driver.get(gateway.resolve(path).toString());
        return checked();
    }

    /**
     * Opens a path without checking it, for polling a page until something shows up; call {@link #checked()} on the
     * page the polling ends on, so each page is still checked once.
     */
    void reloadUnchecked(String path) {
        driver.get(gateway.resolve(path).toString());
    }

    /** Opens any URL (for example another site) without checking it: it is not our page. */
    void openElsewhere(String url) {
        driver.get(url);
    }

    Browser signIn(String username, String password) {
        waitFor(By.id("username"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        // Back on our side, past the gateway's code-exchange redirect, and the page it lands on fully loaded: reading the
        // page any earlier can catch the in-between redirect (seen on a loaded machine).
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(browser -> {
            String url = browser.getCurrentUrl();
            return url != null && url.startsWith(gateway.toString()) && !url.contains("/login/oauth2/")
                    && "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState"));
        });
        return checked();
    }

    Browser click(By target) {
        driver.findElement(target).click();
        return checked();
    }

    String text(By target) {
        return driver.findElement(target).getText();
    }

    WebElement find(By target) {
        return driver.findElement(target);
    }

    /** Fetches a link of ours with this browser's session, as a download would (Chromium headless saves no files). */
    HttpResponse<byte[]> download(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(gateway.resolve(href)).header("Cookie", cookies)
                .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    WebDriver driver() {
        return driver;
    }

    boolean onKeycloakLogin() {
        return driver.getCurrentUrl().contains(":8180/") && !driver.findElements(By.id("username")).isEmpty();
    }

    void waitFor(By target) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(target));
    }

    /** Runs axe-core on the current page if it is one of ours; Keycloak's own pages are Keycloak's. */
    Browser checked() {
        if (driver.getCurrentUrl().startsWith(gateway.toString())) {
            Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
            assertThat(results.getViolations()).as("WCAG 2.2 AA violations on %s:%n%s", driver.getCurrentUrl(),
                    describe(results.getViolations())).isEmpty();
        }
        return this;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
