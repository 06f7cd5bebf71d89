package org.uplift.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the events waiting in aggregates' {@code outbox} arrays, in order per aggregate, then removes them (one
 * {@link RelayPass} per collection: one query, sends in flight a chunk at a time, one removal per chunk). It
 * wakes when a document with pending events is saved and also polls, so events left behind by a crash or a broker
 * outage go out once Kafka answers again (with exponential back-off meanwhile). Delivery is at least once: an event
 * may be sent twice if the process dies between Kafka's acknowledgement and the removal; consumers deduplicate by
 * {@code eventId}.
 */
class OutboxRelay implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final MongoMappingContext mapping;
    private final KafkaTemplate<String, String> kafka;
    private final EventsProperties properties;
    private final Clock clock;
    private final RelayPass.Context context;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();
    private volatile boolean running;
    private @Nullable Thread worker;
    private @Nullable List<String> collections;

    OutboxRelay(MongoTemplate mongo, MongoMappingContext mapping, KafkaTemplate<String, String> kafka, JsonMapper json,
            EventsProperties properties, String source, Clock clock, MeterRegistry meters,
            @Nullable Tracer tracer, @Nullable Propagator propagator) {
        this.mongo = mongo;
        this.mapping = mapping;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
        Gauge.builder("uplift.outbox.backlog", backlog, AtomicLong::get)
                .description("Events waiting in outboxes at the last scan").register(meters);
        Gauge.builder("uplift.outbox.oldest.age", oldestPendingMillis, millis -> millis.get() / 1000.0)
                .description("Age in seconds of the oldest event waiting at the last scan").baseUnit("seconds")
                .register(meters);
        Counter published = Counter.builder("uplift.outbox.published")
                .description("Events acknowledged by Kafka and removed from their outbox").register(meters);
        Counter failures = Counter.builder("uplift.outbox.publish.failures").register(meters);
        this.context = new RelayPass.Context(kafka, json, source, properties.batchSize(), published, failures, tracer,
                propagator);
    }

    /** Publish soon: a document with pending events was just saved. */
    void nudge() {
        wake.release();
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name("outbox-relay").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wake.release();
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Closes the relay's own producer (see {@link EventsConfiguration#outboxRelay}). */
    @Override
    public void destroy() {
        kafka.destroy();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop before the Kafka producer and Mongo client are closed. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        while (running) {
            boolean failed;
            try {
                failed = relayAll();
            } catch (RuntimeException e) {
                log.warn("Outbox relay cycle failed: {}", e.toString());
                failed = true;
            }
            backoff = failed ? nextBackoff(backoff) : Duration.ZERO;
            Duration wait = failed ? backoff : properties.pollInterval();
            try {
                wake.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Duration nextBackoff(Duration current) {
        Duration next = current.isZero() ? Duration.ofMillis(200) : current.multipliedBy(2);
        return next.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : next;
    }

    /** One pass over every outbox collection; true when something could not be published. */
    boolean relayAll() {
        long pending = 0;
        Instant oldest = null;
        boolean failed = false;
        for (String collection : collections()) {
            RelayPass pass = new RelayPass(context, collection, mongo.getCollection(collection)).run(() -> running);
            pending += pass.pending();
            Instant passOldest = pass.oldest();
            oldest = passOldest != null && (oldest == null || passOldest.isBefore(oldest)) ? passOldest : oldest;
            failed |= pass.failed();
        }
        backlog.set(pending);
        oldestPendingMillis.set(oldest == null ? 0 : Duration.between(oldest, clock.instant()).toMillis());
        return failed;
    }

    private List<String> collections() {
        List<String> known = collections;
        if (known == null) {
            known = mapping.getPersistentEntities().stream()
                    .filter(entity -> entity.getPersistentProperty("outbox") != null)
                    .map(entity -> entity.getCollection())
                    .distinct().toList();
            collections = known;
            log.info("Outbox relay watching collections {}", known);
        }
        return known;
    }
}
