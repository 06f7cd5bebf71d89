package org.uplift.schools.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;
import org.uplift.schools.Api;
import org.uplift.schools.localauthority.LocalAuthorities;
import org.uplift.schools.localauthority.LocalAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The numbers the issue asks for: import time of a 25,000-school GIAS-style file, and latency of the school search
 * API with 25,000 schools at 20 concurrent users, measured against the whole service (real driver, embedded Mongo
 * wire server, real broker, tokens validated as in production). Slow, so only with -Duplift.perf=true:
 * {@code ./mvnw -o -pl schools-service verify -Dit.test=SchoolSearchLoadIT -Dtest=none -Duplift.perf=true}
 */
@ServiceIntegrationTest
@EnabledIfSystemProperty(named = "uplift.perf", matches = "true")
class SchoolSearchLoadIT {

    static final int SCHOOLS = 25_000;
    static final int USERS = 20;
    static final int REQUESTS_PER_USER = 50;

    @LocalServerPort
    int port;
    @Autowired
    LocalAuthorities authorities;
    @Autowired
    MongoTemplate mongo;

    @Test
    void importAndSearchAt25000Schools() throws Exception {
        List<String> las = authorities.all().stream().map(LocalAuthority::code).sorted().toList();
        byte[] file = GiasExtractGenerator.generate(SCHOOLS, las, 42);
        Api api = new Api(port);

        long start = System.nanoTime();
        HttpResponse<String> imported = api.upload("/api/schools/import", TestTokens.admin(), "gias-25000.csv", file);
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(Api.json(imported).path("registered").asInt()).isEqualTo(SCHOOLS);

        start = System.nanoTime();
        HttpResponse<String> again = api.upload("/api/schools/import", TestTokens.admin(), "gias-25000.csv", file);
        long reimportMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(Api.json(again).path("unchanged").asInt()).isEqualTo(SCHOOLS);

        start = System.nanoTime();
        while (mongo.exists(new Query(Criteria.where("outbox.0").exists(true)), "schools")) {
            Thread.sleep(250);
        }
        long relayMillis = (System.nanoTime() - start) / 1_000_000;

        String officer = TestTokens.leicesterOfficer().bearer();
        String admin = TestTokens.admin().bearer();
        report("import 25,000 rows (%d bytes): %d ms; re-import (all unchanged): %d ms; outbox drained %d ms later"
                .formatted(file.length, importMillis, reimportMillis, relayMillis));
        measure("officer, ?q=Synthetic Primary&size=25 (name search in own LA)", officer, "/api/schools?q=Synthetic%20Primary&size=25");
        measure("officer, ?la=856&size=25", officer, "/api/schools?la=856&size=25");
        measure("admin, ?q=School 1234&size=25 (name search over all 25,000)", admin, "/api/schools?q=School%201234&size=25");
        measure("admin, ?q=801234 (URN)", admin, "/api/schools?q=801234");
    }

    private void measure(String label, String bearer, String path) throws Exception {
        measure(label, bearer, path, 1, 200);
        measure(label, bearer, path, USERS, REQUESTS_PER_USER);
    }

    /** Latencies from the client's side, and CPU per request of this JVM (client + whole service: an upper bound). */
    private void measure(String label, String bearer, String path, int userCount, int requestsPerUser) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(userCount)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", bearer).build();
        for (int i = 0; i < 20; i++) {
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        try (ExecutorService users = Executors.newFixedThreadPool(userCount)) {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < userCount; u++) {
                running.add(users.submit(() -> {
                    for (int r = 0; r < requestsPerUser; r++) {
                        long t = System.nanoTime();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - t) / 1000);
                        assertThat(response.statusCode()).isEqualTo(200);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        double cpuPerRequest = (os.getProcessCpuTime() - cpuBefore) / 1e6 / latencies.size();
        List<Long> sorted = latencies.stream().sorted().toList();
        report("%s: %d requests, %d users, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, CPU %.2f ms/request, load %.1f"
                .formatted(label, sorted.size(), userCount, sorted.size() * 1000.0 / wall, pct(sorted, 50), pct(sorted, 95),
                        pct(sorted, 99), sorted.getLast() / 1000.0, cpuPerRequest, os.getSystemLoadAverage()));
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    private static void report(String line) {
        System.out.println("[uplift-perf] " + line);
    }
}
