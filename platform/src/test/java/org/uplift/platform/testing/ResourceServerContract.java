package org.uplift.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service must do with tokens, whatever its domain: a service extends this with one readable path and one
 * path its {@link #unauthorisedCaller()} may not use, and inherits the checks.
 */
public abstract class ResourceServerContract {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    /** A GET any signed-in user of the realm may call. */
    protected String readablePath() {
        return "/api/me";
    }

    /** A GET that {@link #unauthorisedCaller()} is authenticated for but lacks the role to call. */
    protected abstract String roleRestrictedPath();

    protected abstract TestTokens unauthorisedCaller();

    @Test
    void acceptsATokenFromTheRealmForTheApiAudience() throws Exception {
        assertThat(get(readablePath(), TestTokens.leicesterOfficer().bearer()).statusCode()).isEqualTo(200);
    }

    @Test
    void rejectsARequestWithoutAToken() throws Exception {
        HttpResponse<String> response = get(readablePath(), null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void rejectsATokenForAnotherAudience() throws Exception {
        String token = TestTokens.leicesterOfficer().audience("account").bearer();
        assertThat(get(readablePath(), token).statusCode()).isEqualTo(401);
    }

    @Test
    void rejectsATokenFromAnotherIssuer() throws Exception {
        String token = TestTokens.leicesterOfficer().issuer("http://localhost:8180/realms/other").bearer();
        assertThat(get(readablePath(), token).statusCode()).isEqualTo(401);
    }

    @Test
    void rejectsATamperedToken() throws Exception {
        String jwt = TestTokens.leicesterOfficer().jwt();
        String tampered = jwt.substring(0, jwt.length() - 4) + (jwt.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(get(readablePath(), "Bearer " + tampered).statusCode()).isEqualTo(401);
    }

    @Test
    void forbidsACallerWithoutTheRole() throws Exception {
        HttpResponse<String> response = get(roleRestrictedPath(), unauthorisedCaller().bearer());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":403");
    }

    @Test
    void servesHealthProbesWithoutAToken() throws Exception {
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    protected HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
