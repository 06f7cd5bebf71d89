package org.uplift.platform.events;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.mongodb.client.model.Filters;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.uplift.contracts.EventEnvelope;
import org.uplift.platform.events.fixture.EventsTestApplication;
import org.uplift.platform.events.fixture.SchoolCountProjection;
import org.uplift.platform.events.fixture.TestSchool;
import org.uplift.platform.testing.EmbeddedMongo;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the build (run it with {@code ./mvnw -o verify -pl platform -Dit.test=OutboxThroughputBenchmark
 * -Dtest=none}, and {@code -Dbenchmark.writesPerSecond=N} for the steady-rate part). Everything runs on one
 * in-process broker in one run, so ratios mean something on a noisy box:
 * <ol>
 * <li>warm-up: 2,000 events through the whole pipeline, not measured;</li>
 * <li>Kafka's own {@code ProducerPerformance} (the code behind kafka-producer-perf-test.sh), records the size of an
 * event envelope, acks=all, idempotent;</li>
 * <li>relay alone: 10,000 events written while the relay and the consumers are stopped, then the relay started and
 * timed until every outbox is empty;</li>
 * <li>consumers alone on those 10,000 records: the single-record listener, then the batch listener;</li>
 * <li>burst: 10,000 events written at once, relay and batch listener running, until all are projected;</li>
 * <li>steady: 10,000 single-document writes at a fixed rate, write-to-projection latency percentiles.</li>
 * </ol>
 */
@SpringBootTest(classes = EventsTestApplication.class, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "uplift.events.produces=uplift.schools.school.v1",
        "uplift.events.consumes=uplift.schools.school.v1",
        "uplift.events.poll-interval=200ms",
        "fixture.batch-listener=true",
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
    private OutboxRelay relay;
    @Autowired
    private IdempotentConsumer consumer;
    @Autowired
    private SchoolCountProjection projection;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;
    @Autowired
    private MeterRegistry meters;
    @Value("${spring.embedded.kafka.brokers}")
    private String brokers;

    @Test
    void pipelineAgainstKafkasOwnProducerBenchmark() throws Exception {
        warmUp();
        int envelopeBytes = envelopeSize();
        String raw = producerPerformance(100_000, envelopeBytes);

        // Relay alone: the backlog an outage leaves behind, drained with nothing else competing for the two cores.
        relay.stop();
        stopListeners();
        insertBurst("r");
        double published = publishedCount();
        long relayStart = System.nanoTime();
        relay.start();
        waitUntil(() -> publishedCount() - published >= EVENTS && pendingDocuments() == 0);
        double relaySeconds = (System.nanoTime() - relayStart) / 1e9;

        double singleSeconds = drain(SchoolCountProjection.SINGLE, projection.singleApplied, EVENTS);
        consumer.forgetAll();
        projection.batchSizes.clear();
        double batchSeconds = drain(SchoolCountProjection.BATCH, projection.batchApplied, EVENTS);
        List<Integer> batchSizes = List.copyOf(projection.batchSizes);

        // Burst through the whole pipeline with the batch listener.
        listeners.getListenerContainer(SchoolCountProjection.BATCH).start();
        projection.latenciesMillis.clear();
        long burstStart = System.nanoTime();
        insertBurst("b");
        waitUntil(() -> projection.latenciesMillis.size() >= EVENTS);
        double burstSeconds = (System.nanoTime() - burstStart) / 1e9;

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
        double writeSeconds = (System.nanoTime() - steadyStart) / 1e9;
        waitUntil(() -> projection.latenciesMillis.size() >= EVENTS);
        List<Long> latencies = projection.latenciesMillis.stream().sorted().toList();

        double relayRate = EVENTS / relaySeconds;
        System.out.printf("%n=== Outbox pipeline vs Kafka ProducerPerformance (same broker, same run) ===%n");
        System.out.printf("Kafka ProducerPerformance, 100000 x %d B (an envelope's size), acks=all, idempotent:%n  %s%n",
                envelopeBytes, raw);
        System.out.printf("Relay alone: %d pending events drained in %.2f s = %.0f events/s (%.2fx raw)%n", EVENTS,
                relaySeconds, relayRate, relayRate / recordsPerSecond(raw));
        System.out.printf("Consumer alone, single-record listener: %.2f s = %.0f events/s%n", singleSeconds, EVENTS / singleSeconds);
        System.out.printf("Consumer alone, batch listener: %.2f s = %.0f events/s (%d polls, mean %.0f events each)%n",
                batchSeconds, EVENTS / batchSeconds, batchSizes.size(),
                batchSizes.stream().mapToInt(Integer::intValue).average().orElse(0));
        System.out.printf("Burst: %d events written at once -> relay -> Kafka -> batch listener -> projection: %.2f s = %.0f events/s%n",
                EVENTS, burstSeconds, EVENTS / burstSeconds);
        System.out.printf("Steady: %d single-document writes at %d/s by %d writers (writes took %.1f s); write-to-projection latency p50 %d ms, p99 %d ms, max %d ms%n",
                EVENTS, perSecond, writers, writeSeconds, percentile(latencies, 50), percentile(latencies, 99),
                latencies.getLast());
        assertThat(pendingDocuments()).isZero();
        assertThat(latencies).hasSize(EVENTS);
    }

    /** Runs 2,000 events through the relay and each listener first, so the measured parts run compiled code. */
    private void warmUp() {
        stopListeners();
        List<TestSchool> schools = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            schools.add(school("w", i));
        }
        mongo.insertAll(schools);
        drain(SchoolCountProjection.BATCH, projection.batchApplied, 2_000);
        consumer.forgetAll();
        drain(SchoolCountProjection.SINGLE, projection.singleApplied, 2_000);
    }

    /** Times one listener container reading the relayed backlog from the start of the topic. */
    private double drain(String listenerId, AtomicLong applied, int events) {
        long before = applied.get();
        long start = System.nanoTime();
        listeners.getListenerContainer(listenerId).start();
        waitUntil(() -> applied.get() - before >= events);
        double seconds = (System.nanoTime() - start) / 1e9;
        listeners.getListenerContainer(listenerId).stop();
        return seconds;
    }

    private void stopListeners() {
        listeners.getListenerContainers().forEach(container -> container.stop());
    }

    private void insertBurst(String prefix) {
        List<TestSchool> batch = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            batch.add(school(prefix, i));
            if (batch.size() == 500) {
                mongo.insertAll(batch);
                batch.clear();
            }
        }
    }

    private long pendingDocuments() {
        return mongo.getCollection("test_schools").countDocuments(Filters.exists("outbox.0"));
    }

    private double publishedCount() {
        return meters.counter("uplift.outbox.published").count();
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within 5 minutes");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private TestSchool school(String prefix, int i) {
        String urn = prefix + i;
        TestSchool school = new TestSchool(urn, "Synthetic School " + i);
        school.record(outbox.event(urn, "856", EventBackboneIT.registered("99" + String.format("%04d", i % 10_000), "Synthetic School " + i)));
        return school;
    }

    /** The size of the record the relay sends for one of these events. */
    private int envelopeSize() {
        JsonMapper json = JsonMapper.builder().build();
        OutboxEvent event = school("size", 1234).outboxEvents().getFirst();
        EventEnvelope envelope = new EventEnvelope(UUID.fromString(event.eventId()), event.type(), event.version(),
                event.occurredAt(), "events-test", event.laCode(), json.readTree(event.payload()));
        return json.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8).length;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double recordsPerSecond(String summary) {
        String[] parts = summary.split(" records sent, ")[1].split(" records/sec")[0].trim().split(" ");
        return Double.parseDouble(parts[0]);
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
