package org.uplift.cpd.cohort;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import jakarta.annotation.PostConstruct;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.uplift.platform.events.Outbox;
import org.uplift.platform.problem.NotFoundException;

/**
 * Loads cohorts and moves their counters. Every counter change is one conditional update of the small cohort
 * document decided by the database, and also bumps {@code version} and {@code changedAt} so {@link PlaceRepair} can
 * tell a quiet cohort from one with a change in flight.
 */
@Component
public class CohortStore {

    static final String COLLECTION = "cohorts";
    private static final int ATTEMPTS = 20;
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions()
            .projection(new Document("seq", 1).append("waiting", 1)).returnDocument(ReturnDocument.AFTER);

    private final MongoTemplate mongo;
    private final Outbox outbox;
    /** What a cohort is never changes after publishing (only its counters do), so booking reads it from memory. */
    private final Cache<String, Cohort> headers = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(1)).build();
    /** Cohorts full at their last booking: try the queue's {@code $inc} first and save a round trip. Only a hint. */
    private final Cache<String, Boolean> fullHint = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    CohortStore(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @PostConstruct
    void indexes() {
        for (String field : List.of("hubCode", "programmeId")) {
            mongo.indexOps(Cohort.class).createIndex(new Index(field, Sort.Direction.ASC));
        }
    }

    /** A confirmed place or the end of the queue, with the arrival number and (when queued) the queue position. */
    record Taken(boolean confirmed, long seq, int position) {
    }

    /**
     * Takes a place if one is free and nobody is queueing, otherwise a number at the end of the queue: each branch is
     * one conditional {@code $inc}, so the database decides and capacity can never be exceeded.
     */
    Taken takePlace(Cohort cohort, Instant now) {
        int capacity = cohort.capacity;
        Bson free = Filters.and(Filters.eq("_id", cohort.id), Filters.lt("held", capacity), Filters.eq("waiting", 0));
        Bson full = Filters.and(Filters.eq("_id", cohort.id),
                Filters.or(Filters.gte("held", capacity), Filters.gt("waiting", 0)));
        boolean queueFirst = fullHint.getIfPresent(cohort.id) != null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            for (boolean confirm : queueFirst ? new boolean[] {false, true} : new boolean[] {true, false}) {
                Document taken = collection().findOneAndUpdate(confirm ? free : full,
                        change(now, Updates.inc(confirm ? "held" : "waiting", 1), Updates.inc("seq", 1)), AFTER);
                if (taken != null) {
                    if (confirm) {
                        fullHint.invalidate(cohort.id);
                    } else {
                        fullHint.put(cohort.id, true);
                    }
                    return new Taken(confirm, number(taken, "seq"), confirm ? 0 : (int) number(taken, "waiting"));
                }
            }
            load(cohort.id);
        }
        throw new OptimisticLockingFailureException("cohort " + cohort.id + " kept changing");
    }

    /** A place (or a queue entry) was given up. */
    void free(String cohortId, boolean queueEntry, Instant now) {
        collection().updateOne(Filters.eq("_id", cohortId), change(now, Updates.inc(queueEntry ? "waiting" : "held", -1)));
    }

    /** Moves one queued request onto a free place, if there is both; the caller then offers it to the queue's head. */
    boolean reserveForQueue(Cohort cohort, Instant now) {
        Bson both = Filters.and(Filters.eq("_id", cohort.id), Filters.lt("held", cohort.capacity), Filters.gt("waiting", 0));
        return collection().updateOne(both, change(now, Updates.inc("held", 1), Updates.inc("waiting", -1))).getModifiedCount() == 1;
    }

    /** Undoes {@link #reserveForQueue} when no queued booking could take the place. */
    void unreserve(String cohortId, Instant now) {
        collection().updateOne(Filters.eq("_id", cohortId), change(now, Updates.inc("held", -1), Updates.inc("waiting", 1)));
    }

    /** Sets the counters to what the bookings say, only if nothing changed the cohort since {@code seen} was read. */
    boolean recount(Cohort seen, int held, int waiting, Instant now) {
        return collection().updateOne(Filters.and(Filters.eq("_id", seen.id), Filters.eq("version", seen.version)),
                change(now, Updates.set("held", held), Updates.set("waiting", waiting))).getModifiedCount() == 1;
    }

    void registerTaken(String cohortId, String sessionId) {
        collection().updateOne(Filters.eq("_id", cohortId), Updates.combine(Updates.addToSet("registers", sessionId),
                Updates.inc("version", 1)));
    }

    void reminderSent(String cohortId) {
        collection().updateOne(Filters.eq("_id", cohortId), Updates.combine(Updates.set("reminderSent", true),
                Updates.inc("version", 1)));
    }

    /** The cohort's unchanging part (sessions, window, eligibility, capacity) for the booking path; its counters are stale. */
    public Cohort header(String id) {
        return headers.get(id, this::load);
    }

    public Cohort load(String id) {
        Cohort cohort = mongo.findById(id, Cohort.class);
        if (cohort == null) {
            throw new NotFoundException("cohort", id);
        }
        return cohort;
    }

    void insert(Cohort cohort, Record created) {
        cohort.outbox.add(outbox.event(cohort.id, null, created));
        mongo.insert(cohort);
    }

    List<Cohort> find(Criteria criteria, Sort sort) {
        return mongo.find(Query.query(criteria).with(sort), Cohort.class);
    }

    List<Cohort> all() {
        return mongo.findAll(Cohort.class);
    }

    public List<Cohort> awaitingReminder() {
        return mongo.find(Query.query(Criteria.where("reminderSent").is(false)), Cohort.class);
    }

    private static Bson change(Instant now, Bson... counters) {
        return Updates.combine(Updates.combine(counters), Updates.inc("version", 1), Updates.set("changedAt", Date.from(now)));
    }

    private static long number(Document document, String field) {
        return ((Number) document.get(field)).longValue();
    }

    private com.mongodb.client.MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
