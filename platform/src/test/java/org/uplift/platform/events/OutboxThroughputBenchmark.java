package org.uplift.platform.events;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.uplift.platform.events.fixture.EventsTestApplication;
import org.uplift.platform.events.fixture.SchoolCountProjection;
import org.uplift.platform.events.fixture.TestSchool;
import org.uplift.platform.testing.EmbeddedMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Not part of the build (run it with {@code ./mvnw -pl platform verify -Dit.test=OutboxThroughputBenchmark}, and
 * {@code -Dbenchmark.writesPerSecond=N} for the steady-rate part):
 * Kafka's own {@code ProducerPerformance} and the outbox pipeline (write → relay → broker → idempotent consumer →
 * projection) side by side on the same in-process broker, in one run, so the ratio means something on a noisy box.
 */
@SpringBootTest(classes = EventsTestApplication.class, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "uplift.events.produces=uplift.schools.school.v1",
        "uplift.events.consumes=uplift.schools.school.v1",
        "uplift.events.poll-interval=200ms",
        "logging.level.org.uplift.platform.events=WARN"})
@EmbeddedKafka(partitions = 3)
@ContextConfiguration(initializers = EmbeddedMongo.class)
class OutboxThroughputBenchmark {

    private static final int EVENTS = 10_000;

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private Outbox outbox;
    @Autowired
    private SchoolCountProjection projection;
    @Value("${spring.embedded.kafka.brokers}")
    private String brokers;

    @Test
    void pipelineAgainstKafkasOwnProducerBenchmark() throws Exception {
        String raw = producerPerformance(200_000, 200);

        projection.latenciesMillis.clear();
        long burstStart = System.nanoTime();
        List<TestSchool> batch = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            batch.add(school("b", i));
            if (batch.size() == 500) {
                mongo.insertAll(batch);
                batch.clear();
            }
        }
        double written = (System.nanoTime() - burstStart) / 1e9;
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> mongo.getCollection("test_schools").countDocuments(
                        com.mongodb.client.model.Filters.exists("outbox.0")) == 0);
        double relayed = (System.nanoTime() - burstStart) / 1e9;
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> projection.latenciesMillis.size() >= EVENTS);
        double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
        System.out.printf("burst: written %.1f s, relayed (outboxes empty) %.1f s, projected %.1f s%n", written, relayed, burstSeconds);

        projection.latenciesMillis.clear();
        int writers = 8;
        int perSecond = Integer.getInteger("benchmark.writesPerSecond", 1_000);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long steadyStart = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            int n = i;
            long due = steadyStart + (long) (n * (1e9 / perSecond));
            pool.submit(() -> {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                mongo.insert(school("s", n));
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> projection.latenciesMillis.size() >= EVENTS);
        double steadySeconds = (System.nanoTime() - steadyStart) / 1e9;
        List<Long> latencies = projection.latenciesMillis.stream().sorted().toList();

        System.out.printf("%n=== Outbox pipeline vs Kafka ProducerPerformance (same broker, same run) ===%n");
        System.out.println("Kafka ProducerPerformance, 200000 x 200 B, acks=all, idempotent:");
        System.out.println("  " + raw);
        System.out.printf("Burst: %d events written at once -> relay -> Kafka -> consumer -> projection: %.1f s = %.0f events/s%n",
                EVENTS, burstSeconds, EVENTS / burstSeconds);
        System.out.printf("Steady: %d single-document writes at %d/s by %d writers: done in %.1f s; write-to-projection latency p50 %d ms, p99 %d ms, max %d ms%n",
                EVENTS, perSecond, writers, steadySeconds, percentile(latencies, 50), percentile(latencies, 99),
                latencies.getLast());
        assertThat(latencies).hasSize(EVENTS);
    }

    private TestSchool school(String prefix, int i) {
        String urn = prefix + i;
        TestSchool school = new TestSchool(urn, "Synthetic School " + i);
        school.record(outbox.event(urn, "856", EventBackboneIT.registered("99" + String.format("%04d", i % 10_000), "Synthetic School " + i)));
        return school;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Runs Kafka's own tool in its own JVM, as kafka-producer-perf-test.sh would, and returns its summary line. */
    private String producerPerformance(int records, int size) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance", "--topic", "perf-raw", "--num-records", String.valueOf(records),
                "--record-size", String.valueOf(size), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + brokers, "acks=all", "enable.idempotence=true")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = out.lines().collect(Collectors.toList());
            process.waitFor(5, TimeUnit.MINUTES);
            return lines.stream().filter(line -> line.contains("records sent")).reduce((a, b) -> b).orElse(String.join("\n", lines));
        }
    }
}
