package org.uplift.reporting.support;

import java.time.LocalDate;
import java.util.Date;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.uplift.contracts.EventEnvelope;
import org.uplift.contracts.reference.LocalAuthority;
import org.uplift.contracts.reference.ReferenceData;

import tools.jackson.databind.JsonNode;

/**
 * Applies cpd and schools events as state keyed by natural ids (booking, review, plan objective and term, visit,
 * project membership). A write that depends on order is guarded by the event's time, so a late or replayed event
 * never overwrites newer state, and counting is done when asked, never by increments.
 */
@Component
class SupportProjection {

    static final String BOOKINGS = "support_bookings";
    static final String REVIEWS = "support_reviews";
    static final String RATINGS = "support_ratings";
    static final String OBJECTIVES = "support_objectives";
    static final String VISITS = "support_visits";
    static final String MEMBERS = "support_project_members";

    private final MongoTemplate mongo;

    SupportProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void apply(EventEnvelope event) {
        JsonNode p = event.payload();
        Date at = Date.from(event.occurredAt());
        switch (event.type()) {
            case "booking.confirmed" -> bookingState(p.path("booking"), at, "CONFIRMED");
            case "booking.waitlisted" -> bookingState(p.path("booking"), at, "WAITLISTED");
            case "booking.offer-made" -> bookingState(p.path("booking"), at, "OFFERED");
            case "booking.offer-expired" -> bookingState(p.path("booking"), at, "EXPIRED");
            case "booking.cancelled" -> bookingState(p.path("booking"), at, "CANCELLED");
            case "booking.late-cancelled" -> bookingState(p.path("booking"), at, "LATE_CANCELLED");
            case "attendance.recorded" -> bookingFacts(p.path("booking"), Updates.combine(
                    Updates.max("attendedSessions", p.path("attendedSessions").asInt()),
                    Updates.max("totalSessions", p.path("totalSessions").asInt())));
            case "programme.completed" -> bookingFacts(p.path("booking"), Updates.set("completed", true));
            case "review.completed" -> upsert(REVIEWS, p.path("reviewId").asString(), p, Updates.combine(
                    Updates.set("term", p.path("term").asString()), Updates.set("reviewDate", p.path("reviewDate").asString())));
            case "action-plan.rag-changed" -> rating(p, at);
            case "visit.recorded" -> upsert(VISITS, p.path("visitId").asString(), p, Updates.combine(
                    Updates.set("term", p.path("term").asString()), Updates.set("visitDate", p.path("visitDate").asString())));
            case "visit.signed-off" -> upsert(VISITS, p.path("visitId").asString(), p, Updates.set("signedOff", true));
            case "project.membership-changed" -> membership(p, at);
            default -> {
                // other types on these topics (plans created, programmes, cohorts) do not change these figures
            }
        }
    }

    void clear() {
        for (String collection : new String[] {BOOKINGS, REVIEWS, RATINGS, OBJECTIVES, VISITS, MEMBERS}) {
            mongo.getCollection(collection).deleteMany(new Document());
        }
    }

    /** The booking's latest state; a state older than the stored one is skipped. Once confirmed, it counts as booked. */
    private void bookingState(JsonNode facts, Date at, String state) {
        String id = facts.path("bookingId").asString();
        Bson newer = Filters.and(Filters.eq("_id", id), Filters.or(Filters.exists("stateAt", false), Filters.lt("stateAt", at)));
        try {
            mongo.getCollection(BOOKINGS).updateOne(newer, Updates.combine(bookingFacts(facts), Updates.set("state", state),
                    Updates.set("stateAt", at)), new UpdateOptions().upsert(true));
        } catch (MongoWriteException older) {
            // the booking holds a newer state already
        }
        if (state.equals("CONFIRMED")) {
            mongo.getCollection(BOOKINGS).updateOne(Filters.eq("_id", id), Updates.set("confirmed", true));
        }
    }

    /** Facts that only grow (sessions attended, completion), set whatever the order of arrival. */
    private void bookingFacts(JsonNode facts, Bson update) {
        mongo.getCollection(BOOKINGS).updateOne(Filters.eq("_id", facts.path("bookingId").asString()),
                Updates.combine(bookingFacts(facts), update), new UpdateOptions().upsert(true));
    }

    private static Bson bookingFacts(JsonNode facts) {
        return Updates.combine(place(facts.path("urn").asString(), facts.path("laCode").asString()),
                Updates.set("hubCode", facts.path("hubCode").asString()),
                Updates.set("programmeId", facts.path("programmeId").asString()),
                Updates.set("year", academicYear(LocalDate.parse(facts.path("firstSessionOn").asString()))));
    }

    /** One document per objective and term (the term's latest review wins) and the objective's latest review. */
    private void rating(JsonNode p, Date at) {
        String objective = p.path("planId").asString() + "|" + p.path("objectiveId").asString();
        String reviewedOn = p.path("reviewedOn").asString();
        Bson values = Updates.combine(place(p.path("urn").asString(), p.path("laCode").asString()),
                Updates.set("term", p.path("term").asString()), Updates.set("rag", p.path("rag").asString()),
                Updates.set("previousRag", p.path("previousRag").isNull() ? null : p.path("previousRag").asString()),
                Updates.set("reviewedOn", reviewedOn), Updates.set("at", at),
                Updates.set("nextReviewDate", p.path("nextReviewDate").isNull() ? null : p.path("nextReviewDate").asString()));
        guarded(RATINGS, objective + "|" + p.path("term").asString(), at, values);
        guarded(OBJECTIVES, objective, at, values);
    }

    private void membership(JsonNode p, Date at) {
        guarded(MEMBERS, p.path("projectId").asString() + "|" + p.path("urn").asString(), at, Updates.combine(
                place(p.path("urn").asString(), p.path("laCode").asString()), Updates.set("projectId", p.path("projectId").asString()),
                Updates.set("title", p.path("title").asString()), Updates.set("leadLaCode", p.path("leadLaCode").asString()),
                Updates.set("member", "JOINED".equals(p.path("change").asString())),
                Updates.set("effectiveOn", p.path("effectiveOn").asString())));
    }

    private void guarded(String collection, String id, Date at, Bson values) {
        try {
            mongo.getCollection(collection).updateOne(Filters.and(Filters.eq("_id", id),
                    Filters.or(Filters.exists("at", false), Filters.lt("at", at))),
                    Updates.combine(values, Updates.set("at", at)), new UpdateOptions().upsert(true));
        } catch (MongoWriteException older) {
            // a newer event already set this: nothing to do
        }
    }

    private void upsert(String collection, String id, JsonNode p, Bson values) {
        mongo.getCollection(collection).updateOne(Filters.eq("_id", id), Updates.combine(values,
                place(p.path("urn").asString(), p.path("laCode").asString())), new UpdateOptions().upsert(true));
    }

    private static Bson place(String urn, String laCode) {
        return Updates.combine(Updates.set("urn", urn), Updates.set("laCode", laCode), Updates.set("regionCode",
                ReferenceData.localAuthority(laCode).map(LocalAuthority::regionCode).orElse("")));
    }

    /** September to August: 2025-10-01 is in 2025/26. */
    static String academicYear(LocalDate date) {
        int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }
}
