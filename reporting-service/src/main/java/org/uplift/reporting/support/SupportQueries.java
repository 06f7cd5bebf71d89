package org.uplift.reporting.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BsonField;
import com.mongodb.client.model.Filters;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.uplift.reporting.access.Area;

/** Counts over the support read model, grouped in the database ($match, $group): never documents to the caller. */
@Component
class SupportQueries {

    private final MongoTemplate mongo;

    SupportQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static Bson within(Area area) {
        return switch (area.level()) {
            case PLATFORM -> Filters.empty();
            case REGION -> Filters.eq("regionCode", area.code());
            case LA -> Filters.eq("laCode", area.code());
            case SCHOOL -> Filters.eq("urn", area.code());
        };
    }

    /** The field naming the area one level down. */
    static String childField(Area area) {
        return switch (area.level()) {
            case PLATFORM -> "regionCode";
            case REGION -> "laCode";
            default -> "urn";
        };
    }

    /** Per value of {@code groupBy}: how many documents meet each named condition (aggregation expressions). */
    Map<String, Map<String, Long>> count(String collection, Bson match, String groupBy, Map<String, Object> conditions) {
        List<BsonField> sums = new ArrayList<>();
        conditions.forEach((name, condition) -> sums.add(Accumulators.sum(name, new Document("$cond", List.of(condition, 1, 0)))));
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Document group : mongo.getCollection(collection).aggregate(List.of(Aggregates.match(match),
                Aggregates.group("$" + groupBy, sums)))) {
            Map<String, Long> row = new LinkedHashMap<>();
            conditions.keySet().forEach(name -> row.put(name, ((Number) group.get(name)).longValue()));
            counts.put(String.valueOf(group.get("_id")), row);
        }
        return counts;
    }

    List<Document> find(String collection, Bson filter) {
        return mongo.getCollection(collection).find(filter).into(new ArrayList<>());
    }

    static Object eq(String field, @org.jspecify.annotations.Nullable Object value) {
        return new Document("$eq", java.util.Arrays.asList("$" + field, value));
    }

    static Object and(Object... conditions) {
        return new Document("$and", List.of(conditions));
    }

    static Object or(Object... conditions) {
        return new Document("$or", List.of(conditions));
    }

    static Object always() {
        return true;
    }
}
