package org.uplift.reporting.schools;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.uplift.contracts.EventEnvelope;
import org.uplift.contracts.reference.ReferenceData;
import org.uplift.reporting.freshness.Freshness;

import tools.jackson.databind.JsonNode;

/**
 * Every school the platform knows, as its latest event described it. Applying an event sets state rather than
 * counting, and an event older than what is stored is ignored, so replays and redeliveries cannot skew counts.
 */
@Component
class SchoolDirectory implements SchoolLookup {

    static final String COLLECTION = "school_directory";

    private final MongoTemplate mongo;
    private final Freshness freshness;
    // lookups (every school-level report, every school row of an LA's table) kept until the read model changes
    private final Cache<String, Optional<KnownSchool>> lookups = Caffeine.newBuilder().maximumSize(50_000).build();
    private volatile String lookupsVersion = "";

    SchoolDirectory(MongoTemplate mongo, Freshness freshness) {
        this.mongo = mongo;
        this.freshness = freshness;
    }

    /**
     * Read, then write by {@code _id} alone (the embedded MongoDB scans the collection for any other condition): safe
     * because a school's events share its key, so one consumer applies them in order.
     */
    void apply(EventEnvelope event) {
        JsonNode school = event.payload().path("school");
        String urn = school.path("urn").asString();
        Date asOf = Date.from(event.occurredAt());
        Document stored = mongo.getCollection(COLLECTION).find(Filters.eq("_id", urn)).first();
        if (stored != null && stored.getDate("asOf") != null && !stored.getDate("asOf").before(asOf)) {
            return;
        }
        mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", urn), Updates.combine(
                Updates.set("laCode", school.path("laCode").asString()),
                Updates.set("regionCode", school.path("regionCode").asString()),
                Updates.set("name", school.path("name").asString()),
                Updates.set("phase", school.path("phase").asString()),
                Updates.set("status", school.path("status").asString()),
                Updates.set("asOf", asOf)), new UpdateOptions().upsert(true));
    }

    @Override
    public Optional<KnownSchool> school(String urn) {
        String version = freshness.stamp().version();
        if (!version.equals(lookupsVersion)) {
            lookups.invalidateAll();
            lookupsVersion = version;
        }
        return lookups.get(urn, this::read);
    }

    private Optional<KnownSchool> read(String urn) {
        Document school = mongo.getCollection(COLLECTION).find(Filters.eq("_id", urn)).first();
        return school == null ? Optional.empty() : Optional.of(new KnownSchool(urn, school.getString("name"),
                school.getString("laCode"), school.getString("regionCode")));
    }

    void clear() {
        mongo.getCollection(COLLECTION).deleteMany(new Document());
    }

    /** Open and closed schools per LA, within {@code scope}. */
    List<SchoolCount> perLocalAuthority(Bson scope) {
        return count(scope, "laCode").stream()
                .map(row -> new SchoolCount(row.code(), ReferenceData.localAuthorityName(row.code()),
                        ReferenceData.localAuthority(row.code()).map(la -> la.regionCode()).orElse(""),
                        row.open(), row.closed()))
                .toList();
    }

    /** Open and closed schools per region, within {@code scope}. */
    List<SchoolCount> perRegion(Bson scope) {
        return count(scope, "regionCode").stream()
                .map(row -> new SchoolCount(row.code(), ReferenceData.regionName(row.code()), row.code(),
                        row.open(), row.closed()))
                .toList();
    }

    private record Row(String code, long open, long closed) {
    }

    private List<Row> count(Bson scope, String field) {
        List<Row> rows = new ArrayList<>();
        for (Document group : mongo.getCollection(COLLECTION).aggregate(List.of(
                Aggregates.match(scope),
                Aggregates.group("$" + field,
                        Accumulators.sum("open", new Document("$cond", List.of(new Document("$eq", List.of("$status", "OPEN")), 1, 0))),
                        Accumulators.sum("closed", new Document("$cond", List.of(new Document("$eq", List.of("$status", "OPEN")), 0, 1)))),
                Aggregates.sort(Sorts.ascending("_id"))))) {
            rows.add(new Row(group.getString("_id"), ((Number) group.get("open")).longValue(),
                    ((Number) group.get("closed")).longValue()));
        }
        return rows;
    }
}
