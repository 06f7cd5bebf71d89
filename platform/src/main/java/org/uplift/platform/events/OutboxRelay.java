package org.uplift.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.uplift.contracts.EventEnvelope;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the events waiting in aggregates' {@code outbox} arrays, in order per aggregate, then removes them. It
 * wakes when a document with pending events is saved and also polls, so events left behind by a crash or a broker
 * outage go out once Kafka answers again (with exponential back-off meanwhile). Delivery is at least once: an event
 * may be sent twice if the process dies between Kafka's acknowledgement and the removal; consumers deduplicate by
 * {@code eventId}.
 */
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final MongoMappingContext mapping;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final EventsProperties properties;
    private final String source;
    private final Clock clock;
    private final @Nullable Tracer tracer;
    private final @Nullable Propagator propagator;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private volatile boolean running;
    private @Nullable Thread worker;
    private @Nullable List<String> collections;

    OutboxRelay(MongoTemplate mongo, MongoMappingContext mapping, KafkaTemplate<String, String> kafka, JsonMapper json,
            EventsProperties properties, String source, Clock clock, MeterRegistry meters,
            @Nullable Tracer tracer, @Nullable Propagator propagator) {
        this.mongo = mongo;
        this.mapping = mapping;
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
        this.source = source;
        this.clock = clock;
        this.tracer = tracer;
        this.propagator = propagator;
        Gauge.builder("uplift.outbox.backlog", backlog, AtomicLong::get)
                .description("Events waiting in outboxes at the last scan").register(meters);
        Gauge.builder("uplift.outbox.oldest.age", oldestPendingMillis, millis -> millis.get() / 1000.0)
                .description("Age in seconds of the oldest event waiting at the last scan").baseUnit("seconds")
                .register(meters);
        this.published = Counter.builder("uplift.outbox.published").register(meters);
        this.failures = Counter.builder("uplift.outbox.publish.failures").register(meters);
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
            Batch batch;
            do {
                batch = relayBatch(collection);
                pending += batch.pending();
                oldest = batch.oldest() != null && (oldest == null || batch.oldest().isBefore(oldest)) ? batch.oldest() : oldest;
                failed |= batch.failed();
            } while (!batch.failed() && batch.full() && running);
        }
        backlog.set(pending);
        oldestPendingMillis.set(oldest == null ? 0 : Duration.between(oldest, clock.instant()).toMillis());
        return failed;
    }

    private record Batch(long pending, @Nullable Instant oldest, boolean failed, boolean full) {
    }

    private record Pending(Object id, List<Document> events, List<CompletableFuture<?>> sends) {
    }

    private Batch relayBatch(String collection) {
        List<Pending> documents = new ArrayList<>();
        long pending = 0;
        Instant oldest = null;
        for (Document document : mongo.getCollection(collection).find(Filters.exists("outbox.0"))
                .projection(new Document("outbox", 1)).limit(properties.batchSize())) {
            List<Document> events = document.getList("outbox", Document.class);
            List<CompletableFuture<?>> sends = new ArrayList<>(events.size());
            for (Document event : events) {
                Instant occurredAt = event.getDate("occurredAt").toInstant();
                oldest = oldest == null || occurredAt.isBefore(oldest) ? occurredAt : oldest;
                sends.add(send(event));
            }
            pending += events.size();
            documents.add(new Pending(document.get("_id"), events, sends));
        }
        kafka.flush();
        boolean failed = false;
        List<WriteModel<Document>> markSent = new ArrayList<>();
        for (Pending document : documents) {
            List<String> sent = acknowledgedPrefix(collection, document);
            failed |= sent.size() < document.events().size();
            if (!sent.isEmpty()) {
                markSent.add(new UpdateOneModel<>(Filters.eq("_id", document.id()),
                        Updates.pull("outbox", Filters.in("eventId", sent))));
                published.increment(sent.size());
            }
        }
        if (!markSent.isEmpty()) {
            mongo.getCollection(collection).bulkWrite(markSent, new BulkWriteOptions().ordered(false));
        }
        return new Batch(pending, oldest, failed, documents.size() == properties.batchSize());
    }

    /** The ids of the aggregate's events Kafka acknowledged, up to the first failure: order is kept on retry. */
    private List<String> acknowledgedPrefix(String collection, Pending document) {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < document.events().size(); i++) {
            try {
                document.sends().get(i).get(30, TimeUnit.SECONDS);
                sent.add(document.events().get(i).getString("eventId"));
            } catch (Exception e) {
                failures.increment();
                log.warn("Could not publish event {} of {} {}: {}", document.events().get(i).getString("eventId"),
                        collection, document.id(), e.getCause() == null ? e.toString() : e.getCause().toString());
                break;
            }
        }
        return sent;
    }

    private CompletableFuture<?> send(Document event) {
        EventEnvelope envelope = new EventEnvelope(UUID.fromString(event.getString("eventId")),
                event.getString("type"), event.getInteger("version"), event.getDate("occurredAt").toInstant(),
                source, event.getString("laCode"), json.readTree(event.getString("payload")));
        ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), event.getString("key"),
                json.writeValueAsString(envelope));
        Span span = continueTrace(event.getString("traceparent"));
        if (span == null || propagator == null) {
            return kafka.send(record);
        }
        try {
            propagator.inject(span.context(), record.headers(),
                    (headers, name, value) -> headers.remove(name).add(name, value.getBytes(StandardCharsets.UTF_8)));
            return kafka.send(record);
        } finally {
            span.end();
        }
    }

    /**
     * A span in the trace of the request that caused the event; its context goes into the record's headers by hand
     * because the template's own observation would block on cluster metadata whenever the broker is away.
     */
    private @Nullable Span continueTrace(@Nullable String traceparent) {
        if (traceparent == null || tracer == null || propagator == null) {
            return null;
        }
        return propagator.extract(Map.of("traceparent", traceparent), Map::get).name("outbox publish").start();
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
