package org.uplift.reporting.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.uplift.contracts.Topics;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;
import org.uplift.reporting.testing.Api;
import org.uplift.reporting.testing.SyntheticResults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scaled-down national benchmark (not part of the normal build: run with
 * {@code ./mvnw -o -pl reporting-service verify -Dit.test=ScaleBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 * and {@code -Dscale.schools=… -Dscale.pupils=… -Dscale.years=…}). Publishes one KS4 year, measures the time to apply
 * it and the dashboard API p95 at 20 concurrent callers; then the other years, and the p95 again. Writes
 * {@code target/scale-benchmark.txt}.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"uplift.test.context=scale", "logging.level.org.uplift.platform.events=WARN",
        "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.org.springframework.kafka=WARN"})
class ScaleBenchmark {

    private static final int USERS = 20;
    private static final int REQUESTS_PER_USER = 50;

    @LocalServerPort
    private int port;
    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Test
    void dashboardLatencyStaysFlatAsYearsAccumulate() throws Exception {
        int schools = Integer.getInteger("scale.schools", 1000);
        int pupils = Integer.getInteger("scale.pupils", 30);
        int years = Integer.getInteger("scale.years", 5);
        SyntheticResults data = new SyntheticResults(schools, pupils);
        Api api = new Api(port);
        List<String> report = new ArrayList<>();
        report.add("schools=%d pupils/school=%d (KS4 pupils per year=%d) years=%d LAs=%d".formatted(schools, pupils,
                schools * pupils, years, Math.min(schools, 153)));
        for (int s = 0; s < schools; s++) {
            kafka.send(Topics.SCHOOL, data.urn(s), data.schoolEvent(s));
        }
        kafka.flush();
        long applied = awaitApplied(api, schools, 0);
        int lastYear = 2020 + years - 1;
        for (int y = 2020; y <= lastYear; y++) {
            long start = System.nanoTime();
            for (int s = 0; s < schools; s++) {
                kafka.send(Topics.RESULT, SyntheticResults.datasetKey(data.urn(s), y), data.ks4Event(s, y));
            }
            kafka.flush();
            applied = awaitApplied(api, schools, applied);
            double seconds = (System.nanoTime() - start) / 1e9;
            report.add("year %d: %d events (%d pupils) published and applied in %.1f s (%.0f pupils/s)".formatted(y, schools,
                    schools * pupils, seconds, schools * pupils / seconds));
            if (y == 2020 || y == lastYear) {
                String year = y + "/" + String.format("%02d", (y + 1) % 100);
                report.add("  after %d year(s): %s".formatted(y - 2019, latency(api, data, year)));
            }
        }
        Path out = Path.of("target", "scale-benchmark.txt");
        Files.write(out, report);
        report.forEach(System.out::println);
        assertThat(applied).isGreaterThan(0);
    }

    private long awaitApplied(Api api, int expected, long before) {
        long[] now = {before};
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            now[0] = api.json("/api/reports/rebuild", TestTokens.admin()).path("eventsApplied").asLong();
            return now[0] >= before + expected;
        });
        return now[0];
    }

    /** 20 callers, each asking the platform, a region, an LA and a school's attainment and gaps in turn. */
    private String latency(Api api, SyntheticResults data, String year) throws Exception {
        String encoded = year.replace("/", "%2F");
        List<String> paths = List.of("/api/reports/attainment?level=platform&year=" + encoded,
                "/api/reports/attainment?level=region&code=" + data.la(0).regionCode() + "&year=" + encoded,
                "/api/reports/attainment?level=la&code=" + data.la(1).code() + "&year=" + encoded,
                "/api/reports/attainment?level=school&code=" + data.urn(2) + "&year=" + encoded,
                "/api/reports/gaps?level=la&code=" + data.la(3).code() + "&year=" + encoded,
                "/api/reports/gaps?level=region&code=" + data.la(4).regionCode() + "&year=" + encoded);
        TestTokens admin = TestTokens.admin();
        for (String path : paths) {
            assertThat(api.get(path, admin).statusCode()).isEqualTo(200);
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService users = Executors.newFixedThreadPool(USERS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                int user = u;
                running.add(users.submit(() -> {
                    Api own = new Api(port);
                    for (int r = 0; r < REQUESTS_PER_USER; r++) {
                        long start = System.nanoTime();
                        own.get(paths.get((user + r) % paths.size()), admin);
                        latencies.add((System.nanoTime() - start) / 1_000_000);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return "%d requests by %d concurrent callers: p50 %d ms, p95 %d ms, max %d ms".formatted(sorted.size(), USERS,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.getLast());
    }
}
