package org.uplift.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.micrometer.core.instrument.Counter;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.uplift.contracts.EventEnvelope;

import tools.jackson.databind.json.JsonMapper;

/**
 * One pass of the relay over one collection: a single query streams every document with pending events; their
 * events are sent without waiting, a chunk of documents at a time; while Kafka acknowledges one chunk the next is
 * already on its way, and each acknowledged chunk is marked sent with one {@code $pull} over its documents. A failed
 * send ends the pass early (the broker is probably away), leaving the rest for the next one.
 */
class RelayPass {

    private static final Logger log = LoggerFactory.getLogger(RelayPass.class);

    /** What the relay needs from its surroundings, shared by every pass. */
    record Context(KafkaTemplate<String, String> kafka, JsonMapper json, String source, int chunkSize,
            Counter published, Counter failures, @Nullable Tracer tracer, @Nullable Propagator propagator) {
    }

    private record Pending(Object id, List<Document> events, List<CompletableFuture<?>> sends) {
    }

    private final Context context;
    private final String name;
    private final MongoCollection<Document> collection;
    private final Deque<List<Pending>> inFlight = new ArrayDeque<>();
    private long pending;
    private @Nullable Instant oldest;
    private boolean failed;

    RelayPass(Context context, String name, MongoCollection<Document> collection) {
        this.context = context;
        this.name = name;
        this.collection = collection;
    }

    /** Runs the pass; stops early when {@code running} turns false. */
    RelayPass run(BooleanSupplier running) {
        List<Pending> chunk = new ArrayList<>(context.chunkSize());
        try (MongoCursor<Document> documents = collection.find(Filters.exists("outbox.0"))
                .projection(new Document("outbox", 1)).batchSize(context.chunkSize()).cursor()) {
            while (documents.hasNext() && !failed && running.getAsBoolean()) {
                chunk.add(sendAll(documents.next()));
                if (chunk.size() == context.chunkSize()) {
                    inFlight.add(chunk);
                    chunk = new ArrayList<>(context.chunkSize());
                    if (inFlight.size() > 1) {
                        markSent(inFlight.remove());
                    }
                }
            }
        }
        inFlight.add(chunk);
        context.kafka().flush();
        while (!inFlight.isEmpty()) {
            markSent(inFlight.remove());
        }
        return this;
    }

    long pending() {
        return pending;
    }

    @Nullable Instant oldest() {
        return oldest;
    }

    boolean failed() {
        return failed;
    }

    private Pending sendAll(Document document) {
        List<Document> events = document.getList("outbox", Document.class);
        List<CompletableFuture<?>> sends = new ArrayList<>(events.size());
        for (Document event : events) {
            Instant occurredAt = event.getDate("occurredAt").toInstant();
            oldest = oldest == null || occurredAt.isBefore(oldest) ? occurredAt : oldest;
            pending++;
            if (!failed) {
                CompletableFuture<?> send = sendOrFail(event);
                sends.add(send);
                // Kafka fails a send at once when it has no metadata (after max.block.ms): don't queue the rest.
                failed = send.isCompletedExceptionally();
            }
        }
        return new Pending(document.get("_id"), events, sends);
    }

    /**
     * One {@code updateMany} for the whole chunk: event ids are unique, so pulling the union of the acknowledged ids
     * from every document in the chunk removes exactly each document's own acknowledged prefix.
     */
    private void markSent(List<Pending> chunk) {
        List<Object> documents = new ArrayList<>(chunk.size());
        List<String> acknowledged = new ArrayList<>();
        for (Pending document : chunk) {
            List<String> prefix = acknowledgedPrefix(document);
            failed |= prefix.size() < document.events().size();
            if (!prefix.isEmpty()) {
                documents.add(document.id());
                acknowledged.addAll(prefix);
            }
        }
        if (!documents.isEmpty()) {
            collection.updateMany(Filters.in("_id", documents),
                    Updates.pull("outbox", Filters.in("eventId", acknowledged)));
            context.published().increment(acknowledged.size());
        }
    }

    /** The ids of the aggregate's events Kafka acknowledged, up to the first failure: order is kept on retry. */
    private List<String> acknowledgedPrefix(Pending document) {
        List<String> sent = new ArrayList<>(document.sends().size());
        for (int i = 0; i < document.sends().size(); i++) {
            try {
                document.sends().get(i).get(30, TimeUnit.SECONDS);
                sent.add(document.events().get(i).getString("eventId"));
            } catch (Exception e) {
                context.failures().increment();
                log.warn("Could not publish event {} of {} {}: {}", document.events().get(i).getString("eventId"),
                        name, document.id(), e.getCause() == null ? e.toString() : e.getCause().toString());
                break;
            }
        }
        return sent;
    }

    private CompletableFuture<?> sendOrFail(Document event) {
        try {
            return send(event);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<?> send(Document event) {
        EventEnvelope envelope = new EventEnvelope(UUID.fromString(event.getString("eventId")),
                event.getString("type"), event.getInteger("version"), event.getDate("occurredAt").toInstant(),
                context.source(), event.getString("laCode"), context.json().readTree(event.getString("payload")));
        ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), event.getString("key"),
                context.json().writeValueAsString(envelope));
        Span span = continueTrace(event.getString("traceparent"));
        Propagator propagator = context.propagator();
        if (span == null || propagator == null) {
            return context.kafka().send(record);
        }
        try {
            propagator.inject(span.context(), record.headers(),
                    (headers, key, value) -> headers.remove(key).add(key, value.getBytes(StandardCharsets.UTF_8)));
            return context.kafka().send(record);
        } finally {
            span.end();
        }
    }

    /**
     * A span in the trace of the request that caused the event; its context goes into the record's headers by hand
     * because the template's own observation would block on cluster metadata whenever the broker is away.
     */
    private @Nullable Span continueTrace(@Nullable String traceparent) {
        Tracer tracer = context.tracer();
        Propagator propagator = context.propagator();
        if (traceparent == null || tracer == null || propagator == null) {
            return null;
        }
        return propagator.extract(Map.of("traceparent", traceparent), Map::get).name("outbox publish").start();
    }
}
