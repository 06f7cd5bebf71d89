package org.uplift.e2e.journeys;

import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.uplift.devstack.LocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3's journey: single sign-on through the gateway into every area, and out again. */
@ExtendWith(RunningStack.class)
class SignInJourneyIT {

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
    void anOfficerSignsInSeesTheirTenancyVisitsEachAreaAndSignsOut() {
        browser.open("/");
        assertThat(browser.onKeycloakLogin()).as("redirected to the Keycloak login, at %s", browser.url()).isTrue();

        browser.signIn("leicester.officer", "uplift-dev");
        assertThat(browser.heading()).startsWith("Welcome");
        assertThat(browser.text(By.id("la-codes"))).isEqualTo("856");
        assertThat(browser.text(By.id("roles"))).contains("la-officer");
        assertThat(browser.text(By.id("region"))).isEqualTo("E12000004");

        assertThat(browser.open("/schools").heading()).isEqualTo("Schools");
        assertThat(browser.open("/cpd").heading()).isNotBlank();
        assertThat(browser.open("/assessments").heading()).isNotBlank();
        assertThat(browser.open("/reports").heading()).isEqualTo("Reports");

        browser.click(By.cssSelector("form[action='/logout'] button"));
        browser.waitFor(By.id("username"));
        assertThat(browser.onKeycloakLogin()).as("signed out of Keycloak too, at %s", browser.url()).isTrue();

        browser.open("/schools");
        assertThat(browser.onKeycloakLogin()).as("the gateway session is gone").isTrue();
    }

    @Test
    void aFormPostedFromAnotherSiteIsRejected() {
        browser.open("/");
        browser.signIn("leicester.officer", "uplift-dev");

        browser.openElsewhere("data:text/html,<form id=f method=post action='" + gateway.resolve("/schools")
                + "'><input name=urn value=990999><input name=laCode value=856></form><script>f.submit()</script>");
        browser.waitFor(By.tagName("body"));

        assertThat(browser.url()).startsWith(gateway.resolve("/schools").toString());
        assertThat(browser.checked().heading()).isEqualTo("This request was refused");
        browser.open("/schools?q=990999");
        assertThat(browser.pageSource()).contains("0 schools");
    }
}
