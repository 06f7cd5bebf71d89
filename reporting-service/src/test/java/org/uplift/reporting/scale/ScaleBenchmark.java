package org.uplift.reporting.scale;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * National-scale benchmark (not part of the normal build: see docs/reporting-service.md for the command and
 * {@code -Dscale.*} sizes). Publishes each year's KS4 (and for the first {@code scale.ks2Years} years KS2) results, one
 * event per school, through the real broker and consumer; measures the time until the platform's figures include every
 * pupil (events applied and rolled up), and the dashboard API p50/p95 at 20 concurrent callers after the first and the
 * last year. Writes {@code target/scale-benchmark.txt}.
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
    private final List<String> report = new CopyOnWriteArrayList<>();

    @Test
    void dashboardLatencyStaysFlatAsYearsAccumulate() throws Exception {
        int schools = Integer.getInteger("scale.schools", 1000);
        int secondary = Integer.getInteger("scale.secondary", (int) Math.round(schools * 0.1725));
        int years = Integer.getInteger("scale.years", 5);
        int ks2Years = Integer.getInteger("scale.ks2Years", 1);
        SyntheticResults data = new SyntheticResults(schools, secondary, Integer.getInteger("scale.ks4Pupils", 174),
                Integer.getInteger("scale.ks2Pupils", 36));
        Api api = new Api(port);
        long ks4Pupils = 0;
        long ks2Pupils = 0;
        for (int s = 0; s < schools; s++) {
            ks4Pupils += data.isSecondary(s) ? data.pupils(s) : 0;
            ks2Pupils += data.isSecondary(s) ? 0 : data.pupils(s);
        }
        log("schools=%d (secondary %d, primary %d) over %d LAs; a year: %d KS4 pupils, %d KS2 pupils; KS4 years=%d, KS2 years=%d; max heap %d MB"
                .formatted(schools, secondary, schools - secondary, data.localAuthorities(), ks4Pupils, ks2Pupils, years, ks2Years,
                        Runtime.getRuntime().maxMemory() >> 20));
        long start = System.nanoTime();
        for (int s = 0; s < schools; s++) {
            kafka.send(Topics.SCHOOL, data.urn(s), data.schoolEvent(s));
        }
        kafka.flush();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.json("/api/reports/rebuild", TestTokens.admin()).path("eventsApplied").asLong() >= schools);
        log("school directory: %d school.registered applied in %.1f s".formatted(schools, seconds(start)));
        int lastYear = 2020 + years - 1;
        for (int y = 2020; y <= lastYear; y++) {
            applyYear(api, data, y, true, ks4Pupils);
            if (y < 2020 + ks2Years) {
                applyYear(api, data, y, false, ks2Pupils);
            }
            if (y == 2020 || y == lastYear) {
                latency(api, data, SyntheticResults.year(y), y - 2019);
            }
        }
        Files.write(Path.of("target", "scale-benchmark.txt"), report);
        assertThat(report).anyMatch(line -> line.contains("p95"));
    }

    /** Publishes one year of KS4 or KS2 results and waits until the platform's figures count every pupil. */
    private void applyYear(Api api, SyntheticResults data, int startYear, boolean ks4, long pupils) {
        List<String[]> events = new ArrayList<>();
        long generating = System.nanoTime();
        for (int s = 0; s < data.schools(); s++) {
            if (data.isSecondary(s) == ks4) {
                events.add(new String[] {SyntheticResults.datasetKey(data.urn(s), ks4 ? "KS4" : "KS2", startYear), data.resultsEvent(s, startYear)});
            }
        }
        double generated = seconds(generating);
        String kind = ks4 ? "ks4" : "ks2";
        String path = "/api/reports/attainment?level=platform&year=" + SyntheticResults.year(startYear).replace("/", "%2F");
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        events.forEach(event -> kafka.send(Topics.RESULT, event[0], event[1]));
        kafka.flush();
        double published = seconds(start);
        events.clear();
        await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> pupilsShown(api.json(path, TestTokens.admin()), kind) == pupils);
        double seconds = seconds(start);
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        log(("%s %s: %d pupils in %d events applied and rolled up in %.1f s = %.0f pupils/s, %.1f CPU s (published in %.1f s; "
                + "generated beforehand in %.1f s); load average %.1f; heap after GC %d MB").formatted(kind.toUpperCase(),
                SyntheticResults.year(startYear), pupils, ks4 ? data.secondarySchools() : data.schools() - data.secondarySchools(),
                seconds, pupils / seconds, cpuSeconds, published, generated, loadAverage(), heapAfterGc()));
    }

    /** 20 callers, each asking the platform, a region, an LA and a school's attainment and gaps in turn (after a warm-up). */
    private void latency(Api api, SyntheticResults data, String year, int yearsStored) throws Exception {
        String encoded = year.replace("/", "%2F");
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("platform attainment", "/api/reports/attainment?level=platform&year=" + encoded);
        paths.put("region attainment", "/api/reports/attainment?level=region&code=" + data.la(0).regionCode() + "&year=" + encoded);
        paths.put("LA attainment", "/api/reports/attainment?level=la&code=" + data.la(1).code() + "&year=" + encoded);
        paths.put("school attainment", "/api/reports/attainment?level=school&code=" + data.urn(2) + "&year=" + encoded);
        paths.put("LA gaps", "/api/reports/gaps?level=la&code=" + data.la(3).code() + "&year=" + encoded);
        paths.put("region gaps", "/api/reports/gaps?level=region&code=" + data.la(4).regionCode() + "&year=" + encoded);
        List<String> names = new ArrayList<>(paths.keySet());
        String bearer = TestTokens.admin().bearer();
        StringBuilder first = new StringBuilder();
        for (String name : names) {
            long start = System.nanoTime();
            HttpResponse<String> answer = api.get(paths.get(name), bearer);
            first.append(" %s %d ms (%d kB);".formatted(name, (System.nanoTime() - start) / 1_000_000, answer.body().length() / 1024));
            assertThat(answer.statusCode()).isEqualTo(200);
        }
        callers(paths, names, 10, new ConcurrentHashMap<>(), Collections.synchronizedList(new ArrayList<>()));
        Map<String, List<Long>> byName = new ConcurrentHashMap<>();
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        long cpu = processCpuNanos();
        callers(paths, names, REQUESTS_PER_USER, byName, all);
        log("  after %d year(s): first (uncached) answers:%s".formatted(yearsStored, first));
        double cpuPerRequest = (processCpuNanos() - cpu) / 1e6 / all.size();
        log("  after %d year(s): %d requests by %d concurrent callers: %s; %.1f CPU ms per request (callers included); load average %.1f"
                .formatted(yearsStored, all.size(), USERS, percentiles(all), cpuPerRequest, loadAverage()));
        for (String name : names) {
            log("    %-20s %s".formatted(name, percentiles(byName.get(name))));
        }
    }

    /** {@code USERS} concurrent callers, each asking the paths in turn; a first round of 10 each warms the JVM up. */
    private void callers(Map<String, String> paths, List<String> names, int requestsPerUser, Map<String, List<Long>> byName,
            List<Long> all) throws Exception {
        try (ExecutorService users = Executors.newFixedThreadPool(USERS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                int user = u;
                running.add(users.submit(() -> {
                    Api own = new Api(port);
                    // a caller keeps its access token for its lifetime, as a browser session behind the gateway does
                    String token = TestTokens.admin().bearer();
                    for (int r = 0; r < requestsPerUser; r++) {
                        String name = names.get((user + r) % names.size());
                        long start = System.nanoTime();
                        assertThat(own.get(paths.get(name), token).statusCode()).isEqualTo(200);
                        long millis = (System.nanoTime() - start) / 1_000_000;
                        all.add(millis);
                        byName.computeIfAbsent(name, n -> Collections.synchronizedList(new ArrayList<>())).add(millis);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
    }

    private static String percentiles(List<Long> latencies) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return "p50 %d ms, p95 %d ms, max %d ms".formatted(sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.getLast());
    }

    private static long pupilsShown(JsonNode report, String table) {
        for (JsonNode each : report.path("tables")) {
            if (each.path("id").asString().equals(table)) {
                return each.path("rows").get(0).path("cells").get(0).path("value").asLong(-1);
            }
        }
        return -1;
    }

    /** CPU used by this JVM (service, broker, MongoDB server and callers): unlike wall time, not inflated by other processes. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private void log(String line) {
        report.add(line);
        System.out.println(line);
    }
}
