package org.uplift.platform.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.uplift.contracts.EventEnvelope;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * At-least-once delivery made safe: an event whose id was already applied is skipped, so a redelivery changes
 * nothing. The id is recorded after the handler succeeds; handlers write state (upserts, sets), not increments, so
 * a crash between the two only repeats an idempotent write.
 * <p>
 * Listeners that receive one record call {@link #process}; listeners on the {@link #BATCH_LISTENER_FACTORY} receive a
 * whole poll and call {@link #processBatch}, which costs one lookup and one insert per poll instead of per record.
 */
public class IdempotentConsumer {

    /** The container factory for {@code @KafkaListener}s that take a {@code List<ConsumerRecord<String, String>>}. */
    public static final String BATCH_LISTENER_FACTORY = "batchKafkaListenerContainerFactory";
    static final String PROCESSED = "processed_events";
    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter duplicates;

    IdempotentConsumer(MongoTemplate mongo, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
        this.duplicates = Counter.builder("uplift.events.duplicates")
                .description("Deliveries skipped because the event was already applied").register(meters);
    }

    public void process(ConsumerRecord<String, String> record, EventHandler handler) {
        EventEnvelope event = parse(record);
        String id = event.eventId().toString();
        // find-by-_id, not countDocuments: the latter aggregates, which scans on the embedded server.
        if (mongo.getCollection(PROCESSED).find(new Document("_id", id)).limit(1).first() != null) {
            duplicates.increment();
            log.debug("Skipping event {} ({}): already applied", id, event.type());
            return;
        }
        log.info("Applying event {} {} from {} {}-{}@{}", id, event.type(), event.source(), record.topic(),
                record.partition(), record.offset());
        handler.handle(event);
        try {
            mongo.getCollection(PROCESSED).insertOne(processed(event, record));
        } catch (MongoWriteException | DuplicateKeyException e) {
            duplicates.increment();
        }
    }

    /**
     * Applies a poll's records: the ones not applied before (found with one {@code $in} lookup) go to the handler in
     * one call, and their ids are recorded with one insert. A record that is not an event envelope stops the batch
     * there: the ones before it are applied, and the {@link BatchListenerFailedException} pointing at it lets the
     * error handler commit those, park it on the dead-letter topic at once and redeliver the rest. A handler failure
     * is narrowed down to its event the same way, which is then retried and parked like a single record's.
     */
    public void processBatch(List<ConsumerRecord<String, String>> records, BatchEventHandler handler) {
        List<EventEnvelope> events = new ArrayList<>(records.size());
        MalformedEventException malformed = null;
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(parse(record));
            } catch (MalformedEventException e) {
                malformed = e;
                break;
            }
        }
        List<Integer> fresh = unapplied(events);
        if (!fresh.isEmpty()) {
            ConsumerRecord<String, String> first = records.get(fresh.getFirst());
            log.info("Applying {} events ({} already applied) from {}-{}@{}", fresh.size(), events.size() - fresh.size(),
                    first.topic(), first.partition(), first.offset());
            apply(records, events, fresh, handler);
        }
        if (malformed != null) {
            throw new BatchListenerFailedException(malformed.getMessage(), malformed, events.size());
        }
    }

    /** Indexes of the events neither applied before nor repeated earlier in the same batch. */
    private List<Integer> unapplied(List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (Document applied : mongo.getCollection(PROCESSED)
                .find(Filters.in("_id", events.stream().map(event -> event.eventId().toString()).toList()))
                .projection(Projections.include("_id"))) {
            seen.add(applied.getString("_id"));
        }
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (seen.add(events.get(i).eventId().toString())) {
                fresh.add(i);
            } else {
                duplicates.increment();
            }
        }
        return fresh;
    }

    private void apply(List<ConsumerRecord<String, String>> records, List<EventEnvelope> events, List<Integer> fresh,
            BatchEventHandler handler) {
        try {
            handler.handle(fresh.stream().map(events::get).toList());
        } catch (RuntimeException batchFailure) {
            log.debug("Batch of {} failed ({}); applying one by one", fresh.size(), batchFailure.toString());
            for (int i : fresh) {
                try {
                    handler.handle(List.of(events.get(i)));
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException("handler failed on event " + events.get(i).eventId(), e, i);
                }
                record(List.of(processed(events.get(i), records.get(i))));
            }
            return;
        }
        record(fresh.stream().map(i -> processed(events.get(i), records.get(i))).toList());
    }

    private void record(List<Document> processed) {
        try {
            mongo.getCollection(PROCESSED).insertMany(processed, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // Another instance applied some of them meanwhile (a rebalance); only duplicate keys are expected here.
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != 11000)) {
                throw e;
            }
            duplicates.increment(e.getWriteErrors().size());
        }
    }

    private Document processed(EventEnvelope event, ConsumerRecord<String, String> record) {
        return new Document("_id", event.eventId().toString()).append("type", event.type())
                .append("topic", record.topic()).append("appliedAt", Date.from(clock.instant()));
    }

    /** Forgets every applied event: the first step of a rebuild by replay. */
    public void forgetAll() {
        mongo.getCollection(PROCESSED).deleteMany(new Document());
    }

    private EventEnvelope parse(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new MalformedEventException("empty record at " + record.topic() + "@" + record.offset(), null);
        }
        try {
            EventEnvelope event = json.readValue(record.value(), EventEnvelope.class);
            if (event.eventId() == null || event.type() == null || event.payload() == null) {
                throw new MalformedEventException("envelope without eventId, type or payload", null);
            }
            return event;
        } catch (JacksonException e) {
            throw new MalformedEventException("not an event envelope: " + e.getOriginalMessage(), e);
        }
    }
}
