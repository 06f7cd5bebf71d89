package org.uplift.reporting.freshness;

import java.time.Instant;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.uplift.contracts.EventEnvelope;

/**
 * When the read models last changed: the time of the newest event applied. Every page and API answer shows it, so
 * a reader knows how current the figures are.
 */
@Component
public class Freshness {

    static final String COLLECTION = "read_model_status";
    private static final String ID = "events";

    private final MongoTemplate mongo;

    Freshness(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records that {@code event} was applied; keeps the newest time if events arrive out of order. */
    public void applied(EventEnvelope event) {
        mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", ID),
                Updates.combine(Updates.max("lastEventAt", Date.from(event.occurredAt())),
                        Updates.inc("eventsApplied", 1)),
                new UpdateOptions().upsert(true));
    }

    public @Nullable Instant lastEventAt() {
        Document status = mongo.getCollection(COLLECTION).find(Filters.eq("_id", ID)).first();
        return status == null || status.getDate("lastEventAt") == null ? null : status.getDate("lastEventAt").toInstant();
    }

    public long eventsApplied() {
        Document status = mongo.getCollection(COLLECTION).find(Filters.eq("_id", ID)).first();
        return status == null ? 0 : ((Number) status.get("eventsApplied")).longValue();
    }

    public void reset() {
        mongo.getCollection(COLLECTION).deleteMany(new Document());
    }
}
