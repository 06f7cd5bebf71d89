package org.uplift.platform.events;

import java.time.Clock;
import java.util.Date;

import com.mongodb.MongoWriteException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.uplift.contracts.EventEnvelope;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * At-least-once delivery made safe: an event whose id was already applied is skipped, so a redelivery changes
 * nothing. The id is recorded after the handler succeeds; handlers write state (upserts, sets), not increments, so
 * a crash between the two only repeats an idempotent write.
 */
public class IdempotentConsumer {

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
            mongo.getCollection(PROCESSED).insertOne(new Document("_id", id).append("type", event.type())
                    .append("topic", record.topic()).append("appliedAt", Date.from(clock.instant())));
        } catch (MongoWriteException | DuplicateKeyException e) {
            duplicates.increment();
        }
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
