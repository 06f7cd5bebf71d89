package org.uplift.cpd.booking;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.uplift.cpd.support.Api;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uplift.cpd.support.Api.json;

/**
 * Many simultaneous requests against one small cohort, over real HTTP into the real service and its MongoDB: the
 * database's conditional update is what keeps capacity, order and uniqueness, whatever the interleaving. The last
 * test is the load measurement reported in docs/cpd-service.md (1,000 attempts for 30 places, two ways).
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"server.tomcat.accept-count=2000", "server.tomcat.threads.max=400",
        "management.metrics.distribution.percentiles.http.server.requests=0.5,0.99"})
class ConcurrentBookingIT {

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    record Attempt(int status, JsonNode body, long nanos) {
    }

    @Test
    void hundredsOfSimultaneousBookingsConfirmExactlyTheCapacityAndQueueTheRestInOrderWithoutDuplicates() throws Exception {
        Api api = new Api(port);
        String cohort = api.cohort(api.programme("Concurrency programme", 1), 1, 5, LocalDate.now().plusDays(30), List.of()).path("id").asString();

        List<Attempt> attempts = storm(api, cohort, 300, "storm");

        assertThat(attempts).allSatisfy(a -> assertThat(a.status()).isIn(201, 202));
        assertThat(attempts.stream().filter(a -> a.status() == 201)).hasSize(5);
        List<Integer> positions = attempts.stream().filter(a -> a.status() == 202)
                .map(a -> a.body().path("waitlistPosition").asInt()).sorted().toList();
        assertThat(positions).hasSize(295).doesNotHaveDuplicates().startsWith(1).endsWith(295);

        List<JsonNode> all = new ArrayList<>();
        json(api.get("/api/cpd/cohorts/" + cohort + "/bookings", Api.hubLead())).forEach(all::add);
        assertThat(all).hasSize(300);
        assertThat(all.stream().map(b -> b.path("participantEmail").asString()).distinct()).hasSize(300);
        List<Integer> queue = all.stream().filter(b -> b.path("status").asString().equals("WAITLISTED"))
                .map(b -> b.path("waitlistPosition").asInt()).toList();
        assertThat(queue).as("the bookings list is in arrival order, so the queue reads 1, 2, 3...").isSorted().hasSize(295);
        JsonNode numbers = json(api.get("/api/cpd/cohorts/" + cohort, Api.hubLead()));
        assertThat(numbers.path("confirmed").asInt()).isEqualTo(5);
        assertThat(numbers.path("waitlist").asInt()).isEqualTo(295);
    }

    @Test
    void theSamePersonBookingManyTimesAtOnceGetsOneBookingAndConflictsForTheRest() throws Exception {
        Api api = new Api(port);
        String cohort = api.cohort(api.programme("Duplicate programme", 1), 1, 3, LocalDate.now().plusDays(30), List.of()).path("id").asString();
        TestTokens same = Api.teacher("twice");

        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post("/api/cpd/cohorts/" + cohort + "/bookings", same, Map.of()).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
        }

        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(39);
        assertThat(json(api.get("/api/cpd/cohorts/" + cohort + "/bookings", Api.hubLead())).size()).isEqualTo(1);
    }

    /**
     * The load measurement in docs/cpd-service.md: 1,000 different teachers try to book 30 places, first all released
     * at one instant, then at most 50 in flight at a time. Also reports the CPU the whole JVM (client, service, broker,
     * Mongo wire server) spent per attempt, since on 2 shared cores that bounds throughput.
     */
    @Test
    void loadRunOfAThousandAttemptsForThirtyPlaces() throws Exception {
        Api api = new Api(port);
        String warmup = api.cohort(api.programme("Warm-up programme", 1), 1, 30, LocalDate.now().plusDays(30), List.of()).path("id").asString();
        storm(api, warmup, 300, "warm", 0);

        StringBuilder report = new StringBuilder();
        for (int inFlight : new int[] {0, 50}) {
            String cohort = api.cohort(api.programme("Load programme " + inFlight, 1), 1, 30, LocalDate.now().plusDays(30), List.of()).path("id").asString();
            Storm storm = storm(api, cohort, 1000, "load" + inFlight + "-", inFlight);
            List<Attempt> attempts = storm.attempts();
            long wall = storm.wallNanos();
            long cpu = storm.cpuNanos();

            long confirmed = attempts.stream().filter(a -> a.status() == 201).count();
            long waitlisted = attempts.stream().filter(a -> a.status() == 202).count();
            List<Long> millis = attempts.stream().map(a -> a.nanos() / 1_000_000).sorted().toList();
            report.append(String.format("mode=%s attempts=1000 capacity=30 confirmed=%d waitlisted=%d other=%d p50=%dms p90=%dms p99=%dms max=%dms wall=%dms throughput=%.0f/s cpu-per-attempt=%.2fms%n",
                    inFlight == 0 ? "all-at-once" : inFlight + "-in-flight", confirmed, waitlisted, 1000 - confirmed - waitlisted,
                    percentile(millis, 50), percentile(millis, 90), percentile(millis, 99), millis.getLast(), wall / 1_000_000,
                    1000 / (wall / 1e9), cpu / 1e6 / 1000));
            assertThat(confirmed).isEqualTo(30);
            assertThat(waitlisted).isEqualTo(970);
            assertThat(attempts.stream().filter(a -> a.status() == 202).map(a -> a.body().path("waitlistPosition").asInt()).sorted().toList())
                    .as("positions 1..970, each once").doesNotHaveDuplicates().startsWith(1).endsWith(970);
        }
        for (Timer server : meters.find("http.server.requests").tag("method", "POST")
                .tag("uri", "/api/cpd/cohorts/{cohortId}/bookings").timers()) {
            var snapshot = server.takeSnapshot();
            report.append(String.format("server-side status=%s count=%d (this context, warm-up included): %s%n",
                    server.getId().getTag("status"), server.count(), java.util.Arrays.stream(snapshot.percentileValues())
                            .map(v -> "p" + Math.round(v.percentile() * 100) + "=" + Math.round(v.value(java.util.concurrent.TimeUnit.MILLISECONDS)) + "ms").toList()));
        }
        System.out.print("CPD LOAD " + report);
        Files.writeString(Path.of("target", "cpd-load.txt"), report);
    }

    private static List<Attempt> storm(Api api, String cohort, int n, String prefix) throws Exception {
        return storm(api, cohort, n, prefix, 0).attempts();
    }

    /** The attempts, and the wall and process CPU time from the release of the first request to the last answer. */
    record Storm(List<Attempt> attempts, long wallNanos, long cpuNanos) {
    }

    /**
     * {@code n} different teachers book; tokens are signed before the clock starts. {@code inFlight} 0 releases all
     * at one instant (a latch); otherwise at most that many requests are outstanding at a time.
     */
    private static Storm storm(Api api, String cohort, int n, String prefix, int inFlight) throws Exception {
        List<TestTokens> teachers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            teachers.add(Api.teacher(prefix + i));
        }
        List<String> bearers = teachers.stream().map(TestTokens::bearer).toList();
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        Semaphore slots = new Semaphore(inFlight == 0 ? n : inFlight);
        long began;
        long cpu0;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String bearer = bearers.get(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    slots.acquire();
                    try {
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = api.postWithBearer("/api/cpd/cohorts/" + cohort + "/bookings", bearer, Map.of());
                        attempts.add(new Attempt(response.statusCode(), json(response), System.nanoTime() - t0));
                    } finally {
                        slots.release();
                    }
                    return null;
                }));
            }
            cpu0 = processCpuNanos();
            began = System.nanoTime();
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        }
        long wall = System.nanoTime() - began;
        long cpu = processCpuNanos() - cpu0;
        assertThat(new HashSet<>(attempts)).hasSize(n);
        return new Storm(List.copyOf(attempts), wall, cpu);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
