package org.uplift.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's own rules, with a plain HTTP server standing in for schools-service so what is forwarded can be seen.
 * Keycloak is not needed: the client registration is only discovered when someone actually logs in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "uplift.gateway.rate-limit.requests-per-second=1", "uplift.gateway.rate-limit.burst=20"})
@AutoConfigureWebTestClient
class GatewaySecurityTest {

    private static final AtomicReference<Headers> forwarded = new AtomicReference<>();
    private static final AtomicReference<String> forwardedBody = new AtomicReference<>();
    private static final HttpServer backend = startBackend();

    @Autowired
    private WebTestClient client;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("SCHOOLS_SERVICE_URL", () -> "http://127.0.0.1:" + backend.getAddress().getPort());
    }

    @AfterAll
    static void stopBackend() {
        backend.stop(0);
    }

    @Test
    void sendsABrowserWithoutASessionToTheKeycloakLogin() {
        client.get().uri("/schools").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak");
    }

    @Test
    void answersAnApiCallWithoutCredentials401InsteadOfARedirect() {
        client.get().uri("/api/schools").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void rejectsACrossSiteFormPostWithoutTheCsrfToken() {
        client.post().uri("/logout")
                .header("Origin", "https://evil.example")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("anything", "1"))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody(String.class).value(page -> assertThat(page).contains("This request was refused"));
    }

    @Test
    void refusesAFileUploadWhoseActionCarriesAForgedCsrfToken() {
        client.post().uri("/assessments/uploads?_csrf=forged")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData("file", "UPN,URN"))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void acceptsAFileUploadWhoseActionCarriesTheCsrfTokenOfTheCookie() {
        ResponseCookie cookie = client.get().uri("/govuk/govuk-frontend.min.css").exchange().returnResult(Void.class)
                .getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(cookie).as("the first response through the gateway sets the CSRF cookie").isNotNull();

        client.post().uri("/assessments/uploads?_csrf=" + cookie.getValue())
                .cookie("XSRF-TOKEN", cookie.getValue())
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData("file", "UPN,URN"))
                .exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak");
    }

    @Test
    void forwardsAFormBodyIntactAfterCachingItForTheCsrfCheck() {
        client.post().uri("/api/schools")
                .header("Authorization", "Bearer token-from-a-script")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("name", "Kept").with("phase", "Primary"))
                .exchange()
                .expectStatus().isOk();
        assertThat(forwardedBody.get()).isEqualTo("name=Kept&phase=Primary");
    }

    @Test
    void passesAnApiClientsBearerTokenThroughUntouchedAndDropsCookies() {
        client.get().uri("/api/schools")
                .header("Authorization", "Bearer token-from-a-script")
                .header("Cookie", "SESSION=someone-elses")
                .header("X-CSRF-TOKEN", "forged")
                .exchange()
                .expectStatus().isOk();

        Headers seen = forwarded.get();
        assertThat(seen.getFirst("Authorization")).isEqualTo("Bearer token-from-a-script");
        assertThat(seen.containsKey("Cookie")).isFalse();
        assertThat(seen.containsKey("X-csrf-token")).isFalse();
    }

    @Test
    void keepsNoSessionOrCsrfCookieForAnApiClientButSendsTheSecurityHeaders() {
        client.get().uri("/api/schools")
                .header("Authorization", "Bearer token-from-a-script")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Set-Cookie")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY");
    }

    @Test
    void slowsDownAClientThatExceedsItsApiRate() {
        String token = "Bearer burst-" + System.nanoTime();
        int ok = 0;
        HttpStatusCode last = null;
        for (int i = 0; i < 30; i++) {
            last = client.get().uri("/api/schools").header("Authorization", token).exchange()
                    .returnResult(Void.class).getStatus();
            ok += last.is2xxSuccessful() ? 1 : 0;
        }
        assertThat(ok).as("the burst of 20, plus what refilled meanwhile").isBetween(20, 25);
        assertThat(last.value()).isEqualTo(429);
        client.get().uri("/api/schools").header("Authorization", "Bearer someone-else").exchange().expectStatus().isOk();
    }

    @Test
    void sendsSecurityHeadersWithEveryPage() {
        client.get().uri("/").exchange()
                .expectHeader().valueMatches("Content-Security-Policy", ".*default-src 'self'.*frame-ancestors 'none'.*")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Test
    void servesGovukFrontendWithoutLogin() {
        client.get().uri("/govuk/govuk-frontend.min.css").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.valueOf("text/css"));
    }

    private static HttpServer startBackend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                forwarded.set(exchange.getRequestHeaders());
                forwardedBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
