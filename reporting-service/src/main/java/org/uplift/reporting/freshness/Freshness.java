package org.uplift.reporting.freshness;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.uplift.contracts.EventEnvelope;

/**
 * When the read models last changed: the time of the newest event applied, which every page and API answer shows so
 * a reader knows how current the figures are, and a version that changes with every write to them. Answers may be
 * cached under that version: it lives in the database, so every replica sees another's writes, and it is a fresh
 * random id each time (never a counter that a rebuild could bring back to an old value).
 */
@Component
public class Freshness {

    static final String COLLECTION = "read_model_status";
    private static final String ID = "events";

    // this replica's own writes are seen at once; another replica's within this long
    private static final long RECHECK_NANOS = Duration.ofMillis(250).toNanos();

    private final MongoTemplate mongo;
    private volatile @Nullable Stamp recent;
    private volatile long recentAt;

    Freshness(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** What a reader needs in one lookup: the stamp to show and the version to cache answers under. */
    public record Stamp(@Nullable Instant lastEventAt, String version) {
    }

    /**
     * Records that {@code event} was applied; keeps the newest time if events arrive out of order. Call it after the
     * event's writes: a reader that sees the new version must find the new figures.
     */
    public void applied(EventEnvelope event) {
        mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", ID),
                Updates.combine(Updates.max("lastEventAt", Date.from(event.occurredAt())),
                        Updates.inc("eventsApplied", 1), Updates.set("version", newVersion())),
                new UpdateOptions().upsert(true));
        recent = null;
    }

    /** Records a write that is not an event of its own (a roll-up of cells), after it is done. */
    public void changed() {
        mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", ID), Updates.set("version", newVersion()),
                new UpdateOptions().upsert(true));
        recent = null;
    }

    /** The stamp and version, read together (so an answer cached under the version matches the stamp shown with it). */
    public Stamp stamp() {
        Stamp stamp = recent;
        long now = System.nanoTime();
        if (stamp != null && now - recentAt < RECHECK_NANOS) {
            return stamp;
        }
        Document status = status();
        stamp = new Stamp(status == null || status.getDate("lastEventAt") == null ? null : status.getDate("lastEventAt").toInstant(),
                status == null ? "none" : status.get("version", "none"));
        recent = stamp;
        recentAt = now;
        return stamp;
    }

    public @Nullable Instant lastEventAt() {
        return stamp().lastEventAt();
    }

    public long eventsApplied() {
        Document status = status();
        return status == null || !(status.get("eventsApplied") instanceof Number n) ? 0 : n.longValue();
    }

    public void reset() {
        mongo.getCollection(COLLECTION).replaceOne(Filters.eq("_id", ID), new Document("version", newVersion()),
                new ReplaceOptions().upsert(true));
        recent = null;
    }

    private @Nullable Document status() {
        return mongo.getCollection(COLLECTION).find(Filters.eq("_id", ID)).first();
    }

    private static String newVersion() {
        return new ObjectId().toHexString();
    }
}
