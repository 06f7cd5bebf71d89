package org.uplift.cpd.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.bson.conversions.Bson;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.uplift.platform.events.Outbox;
import org.uplift.platform.events.OutboxEvent;
import org.uplift.platform.problem.NotFoundException;

/**
 * Booking documents and the claims that keep one active booking per person per cohort. A booking is written whole
 * once, then changed only with a version check, pushing its new events and emails in the same write (never rewriting
 * the queues, so a change cannot resurrect an event the relay already removed).
 */
@Component
public class BookingStore {

    static final String COLLECTION = "bookings";
    static final String CLAIMS = "booking_claims";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    BookingStore(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** Claims the person's one active booking in the cohort; false if a claim exists already. */
    boolean claim(Booking booking, Instant now) {
        try {
            mongo.getCollection(CLAIMS).insertOne(new Document("_id", booking.claimId())
                    .append("bookingId", booking.bookingId).append("claimedAt", Date.from(now)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** The claim on {@code claimId}, if any: the booking it holds a place for and when it was made. */
    Optional<Claim> claimOf(String claimId) {
        Document claim = mongo.getCollection(CLAIMS).find(Filters.eq("_id", claimId)).first();
        return claim == null ? Optional.empty()
                : Optional.of(new Claim(claimId, claim.getString("bookingId"), claim.getDate("claimedAt").toInstant()));
    }

    record Claim(String id, String bookingId, Instant claimedAt) {
    }

    List<Claim> claimsBefore(Instant cutoff) {
        List<Claim> claims = new ArrayList<>();
        mongo.getCollection(CLAIMS).find(Filters.lt("claimedAt", Date.from(cutoff))).forEach(d ->
                claims.add(new Claim(d.getString("_id"), d.getString("bookingId"), d.getDate("claimedAt").toInstant())));
        return claims;
    }

    /** Lets the person book again; only removes the claim if it still belongs to {@code bookingId}. */
    boolean release(String claimId, String bookingId) {
        return mongo.getCollection(CLAIMS).deleteOne(Filters.and(Filters.eq("_id", claimId), Filters.eq("bookingId", bookingId)))
                .getDeletedCount() == 1;
    }

    /** Writes a newly placed booking with its events and emails; raw, so the relay picks it up on its next poll. */
    void insert(Booking booking, Cohort cohort) {
        booking.outbox.addAll(events(booking, cohort));
        booking.mail.addAll(booking.newMail);
        booking.raised.clear();
        booking.newMail.clear();
        Document document = new Document();
        mongo.getConverter().write(booking, document);
        document.remove("_class");
        mongo.getCollection(COLLECTION).insertOne(document);
    }

    /** Commits a change made to {@code booking} if nobody changed it since it was read; false otherwise. */
    boolean commit(Booking booking, Cohort cohort, Instant now) {
        Update update = new Update().set("status", booking.status).set("confirmedAt", booking.confirmedAt)
                .set("offerExpiresAt", booking.offerExpiresAt).set("cancelledAt", booking.cancelledAt)
                .set("attended", booking.attended).set("completedAt", booking.completedAt)
                .set("reminded", booking.reminded).set("updatedAt", now).inc("version", 1);
        List<OutboxEvent> events = events(booking, cohort);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.toArray());
        }
        if (!booking.newMail.isEmpty()) {
            update.push("mail").each(booking.newMail.toArray());
        }
        boolean done = mongo.updateFirst(Query.query(Criteria.where("_id").is(booking.bookingId).and("version").is(booking.version)),
                update, Booking.class).getModifiedCount() == 1;
        if (done) {
            booking.version++;
            booking.raised.clear();
            booking.newMail.clear();
        }
        return done;
    }

    public Booking find(String bookingId) {
        Booking booking = mongo.findById(bookingId, Booking.class);
        if (booking == null) {
            throw new NotFoundException("booking", bookingId);
        }
        return booking;
    }

    Optional<Booking> findIfAny(String bookingId) {
        return Optional.ofNullable(mongo.findById(bookingId, Booking.class));
    }

    /** A cohort's bookings in arrival order (so the queue reads in order). */
    public List<Booking> ofCohort(String cohortId) {
        return mongo.find(Query.query(Criteria.where("cohortId").is(cohortId)).with(Sort.by("seq")), Booking.class);
    }

    List<Booking> ofCohorts(Collection<String> cohortIds) {
        return mongo.find(Query.query(Criteria.where("cohortId").in(cohortIds)).with(Sort.by("seq")), Booking.class);
    }

    /** Bookings made by or for this account or email, or (for a school lead) for their school. */
    public List<Booking> ofPerson(String subject, @Nullable String email, @Nullable String urn) {
        List<Criteria> any = new ArrayList<>(List.of(Criteria.where("ownerSubject").is(subject)));
        if (email != null) {
            any.add(Criteria.where("email").is(email));
        }
        if (urn != null) {
            any.add(Criteria.where("urn").is(urn));
        }
        return mongo.find(Query.query(new Criteria().orOperator(any)).with(Sort.by("seq")), Booking.class);
    }

    /** 1-based place in the queue, or 0 when the booking is not waitlisted. */
    public int waitlistPosition(Booking booking) {
        if (booking.status != BookingStatus.WAITLISTED) {
            return 0;
        }
        return 1 + (int) mongo.getCollection(COLLECTION).countDocuments(Filters.and(Filters.eq("cohortId", booking.cohortId),
                Filters.eq("status", BookingStatus.WAITLISTED.name()), Filters.lt("seq", booking.seq)));
    }

    Optional<Booking> headOfQueue(String cohortId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("cohortId").is(cohortId)
                .and("status").is(BookingStatus.WAITLISTED)).with(Sort.by("seq")).limit(1), Booking.class));
    }

    List<Booking> offersDueBy(Instant now) {
        return mongo.find(Query.query(Criteria.where("status").is(BookingStatus.OFFERED).and("offerExpiresAt").lte(now)),
                Booking.class);
    }

    public List<Booking> withMail() {
        return mongo.find(Query.query(Criteria.where("mail.0").exists(true)), Booking.class);
    }

    /** Removes a sent (or abandoned) email from the booking's queue. */
    public void mailDone(String bookingId, String mailId) {
        collection().updateOne(Filters.eq("_id", bookingId), Updates.pull("mail", Filters.eq("mailId", mailId)));
    }

    public void mailFailed(String bookingId, String mailId) {
        collection().updateOne(Filters.and(Filters.eq("_id", bookingId), Filters.eq("mail.mailId", mailId)),
                Updates.inc("mail.$.attempts", 1));
    }

    /** What the repair sweep needs of every booking: cohort, status and when it last changed. */
    List<Document> states() {
        List<Document> states = new ArrayList<>();
        Bson fields = new Document("cohortId", 1).append("status", 1).append("updatedAt", 1);
        collection().find().projection(fields).forEach(states::add);
        return states;
    }

    private List<OutboxEvent> events(Booking booking, Cohort cohort) {
        List<OutboxEvent> events = new ArrayList<>();
        booking.raised.forEach(r -> events.add(outbox.event(cohort.id, r.laCode(), r.payload())));
        return events;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
