package org.uplift.cpd.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.uplift.contracts.cpd.BookingConfirmed;
import org.uplift.contracts.cpd.BookingWaitlisted;
import org.uplift.platform.events.Outbox;
import org.uplift.platform.events.OutboxEvent;
import org.uplift.platform.problem.NotFoundException;

/**
 * Loads and saves cohorts. Taking a place is a single conditional update on the cohort document (the database
 * decides, so capacity holds under any concurrency); every other change is read, changed in {@link Cohort} and written
 * back only if nobody changed the cohort meanwhile, retried a few times. Writes push new events and emails onto the
 * document's queues rather than rewriting them, so they never resurrect an event the relay already removed.
 */
@Component
public class CohortStore {

    static final String COLLECTION = "cohorts";
    private static final int ATTEMPTS = 20;

    private final MongoTemplate mongo;
    private final Outbox outbox;

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

    /** How a booking attempt ended. */
    public enum Outcome { CONFIRMED, WAITLISTED, ALREADY_BOOKED }

    /** The outcome, and for a waitlisted request its place in the queue at that moment. */
    public record Result(Outcome outcome, int position) {
    }

    /**
     * Takes a place if one is free and nobody is queueing, otherwise joins the end of the queue; either way only if
     * the participant has no active booking here. Each branch is one atomic update of the cohort document.
     */
    public Result book(Cohort cohort, Booking request) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int capacity = cohort.capacity;
            Booking confirmed = request.confirmed(request.requestedAt());
            Bson free = Filters.and(Filters.eq("_id", cohort.id), Filters.eq("capacity", capacity),
                    Filters.lt("held", capacity), Filters.eq("waiting", 0),
                    Filters.ne("activeParticipants", request.participantId()));
            Bson take = Updates.combine(Updates.push("bookings", document(confirmed)),
                    Updates.push("activeParticipants", request.participantId()), Updates.inc("held", 1),
                    Updates.inc("version", 1),
                    Updates.push("outbox", document(event(confirmed.laCode(), cohort.id,
                            new BookingConfirmed(cohort.facts(confirmed), false)))),
                    Updates.push("mail", document(new Mail(java.util.UUID.randomUUID().toString(),
                            Mail.Kind.CONFIRMATION, confirmed.bookingId(), 0))));
            if (mongo.getCollection(COLLECTION).updateOne(free, take).getModifiedCount() == 1) {
                return new Result(Outcome.CONFIRMED, 0);
            }
            Bson full = Filters.and(Filters.eq("_id", cohort.id), Filters.eq("capacity", capacity),
                    Filters.or(Filters.gte("held", capacity), Filters.gt("waiting", 0)),
                    Filters.ne("activeParticipants", request.participantId()));
            Bson queue = Updates.combine(Updates.push("bookings", document(request)),
                    Updates.push("activeParticipants", request.participantId()), Updates.inc("waiting", 1),
                    Updates.inc("version", 1),
                    Updates.push("outbox", document(event(request.laCode(), cohort.id,
                            new BookingWaitlisted(cohort.facts(request))))));
            Document queued = mongo.getCollection(COLLECTION).findOneAndUpdate(full, queue,
                    new FindOneAndUpdateOptions().projection(new Document("waiting", 1)).returnDocument(ReturnDocument.AFTER));
            if (queued != null) {
                return new Result(Outcome.WAITLISTED, queued.getInteger("waiting"));
            }
            if (mongo.getCollection(COLLECTION).countDocuments(Filters.and(Filters.eq("_id", cohort.id),
                    Filters.eq("activeParticipants", request.participantId()))) > 0) {
                return new Result(Outcome.ALREADY_BOOKED, 0);
            }
            cohort = header(cohort.id);
        }
        throw new OptimisticLockingFailureException("cohort " + cohort.id + " kept changing");
    }

    /**
     * The cohort without its bookings and queues: what the booking path needs, read cheaply however many bookings
     * the cohort holds (mapping hundreds of embedded bookings per request would dominate its latency).
     */
    public Cohort header(String id) {
        Query query = Query.query(Criteria.where("_id").is(id));
        query.fields().exclude("bookings", "activeParticipants", "outbox", "mail");
        Cohort cohort = mongo.findOne(query, Cohort.class);
        if (cohort == null) {
            throw new NotFoundException("cohort", id);
        }
        return cohort;
    }

    public Cohort load(String id) {
        Cohort cohort = mongo.findById(id, Cohort.class);
        if (cohort == null) {
            throw new NotFoundException("cohort", id);
        }
        return cohort;
    }

    /** Applies {@code change} to the current cohort and commits it, retrying on a concurrent change. */
    public <T> T modify(String id, Function<Cohort, T> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Cohort cohort = load(id);
            T result = change.apply(cohort);
            if (commit(cohort)) {
                return result;
            }
        }
        throw new OptimisticLockingFailureException("cohort " + id + " kept changing");
    }

    void insert(Cohort cohort, Record created) {
        cohort.outbox.add(event(null, cohort.id, created));
        mongo.insert(cohort);
    }

    private boolean commit(Cohort cohort) {
        Update update = new Update().set("bookings", cohort.bookings).set("held", cohort.held)
                .set("waiting", cohort.waiting).set("activeParticipants", cohort.activeParticipants)
                .set("registers", cohort.registers).set("reminderSent", cohort.reminderSent).inc("version", 1);
        List<OutboxEvent> events = new ArrayList<>();
        cohort.raised.forEach(r -> events.add(event(r.laCode(), cohort.id, r.payload())));
        if (!events.isEmpty()) {
            update.push("outbox").each(events.toArray());
        }
        if (!cohort.newMail.isEmpty()) {
            update.push("mail").each(cohort.newMail.toArray());
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(cohort.id).and("version").is(cohort.version)),
                update, Cohort.class).getModifiedCount() == 1;
    }

    /** Removes a sent (or abandoned) email from the queue. */
    public void mailDone(String cohortId, String mailId) {
        mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", cohortId),
                Updates.combine(Updates.pull("mail", Filters.eq("mailId", mailId)), Updates.inc("version", 1)));
    }

    public void mailFailed(String cohortId, String mailId) {
        mongo.getCollection(COLLECTION).updateOne(Filters.and(Filters.eq("_id", cohortId), Filters.eq("mail.mailId", mailId)),
                Updates.combine(Updates.inc("mail.$.attempts", 1), Updates.inc("version", 1)));
    }

    /** The cohort holding this booking; 404 when there is none. */
    public Cohort withBooking(String bookingId) {
        Cohort cohort = mongo.findOne(Query.query(Criteria.where("bookings.bookingId").is(bookingId)), Cohort.class);
        if (cohort == null) {
            throw new NotFoundException("booking", bookingId);
        }
        return cohort;
    }

    public List<Cohort> find(Criteria criteria, Sort sort) {
        return mongo.find(Query.query(criteria).with(sort), Cohort.class);
    }

    public List<Cohort> withMail() {
        return mongo.find(Query.query(Criteria.where("mail.0").exists(true)), Cohort.class);
    }

    public List<Cohort> withOffersDueBy(Instant now) {
        return mongo.find(Query.query(Criteria.where("bookings").elemMatch(
                Criteria.where("status").is(BookingStatus.OFFERED).and("offerExpiresAt").lte(now))), Cohort.class);
    }

    public List<Cohort> awaitingReminder() {
        return mongo.find(Query.query(Criteria.where("reminderSent").is(false)), Cohort.class);
    }

    private OutboxEvent event(String laCode, String cohortId, Record payload) {
        return outbox.event(cohortId, laCode, payload);
    }

    private Document document(Object value) {
        Document document = new Document();
        mongo.getConverter().write(value, document);
        document.remove("_class");
        return document;
    }
}
