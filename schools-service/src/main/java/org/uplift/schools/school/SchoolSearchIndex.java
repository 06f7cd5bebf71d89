package org.uplift.schools.school;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The read side of school search: every school's list fields, held in memory sorted by name, so a search is a scan
 * of a few megabytes instead of a database query (the embedded Mongo wire server answers every non-_id query with a
 * full collection scan, which cost seconds at 25,000 schools under load).
 * <p>
 * Each write to schools bumps one counter document after the write; each search reads that counter (an _id lookup)
 * and, if it moved, reloads the schools changed since the last load (with a margin for clock skew), so every
 * instance sees every instance's writes on its next search, and a caller always sees their own.
 */
@Component
class SchoolSearchIndex {

    private static final String CHANGES = "school-changes";
    private static final Duration SKEW = Duration.ofSeconds(30);
    /** Another instance's write shows in this instance's search within this long; this instance's own at once. */
    private static final long RECHECK_NANOS = Duration.ofMillis(250).toNanos();

    private final MongoTemplate mongo;
    private final Function<School, SchoolView> views;
    private volatile @Nullable Snapshot snapshot;
    private volatile long checkedAt;
    private volatile boolean dirty = true;

    SchoolSearchIndex(MongoTemplate mongo, SchoolViews views) {
        this.mongo = mongo;
        this.views = views::of;
    }

    record Snapshot(long seq, Instant loadedAt, Map<String, Entry> byUrn, List<Entry> byName) {
    }

    /** A school with its search keys lower-cased once, not on every search. */
    record Entry(SchoolView school, String name, String postcode) {

        static Entry of(SchoolView school) {
            return new Entry(school, school.name().toLowerCase(java.util.Locale.UK),
                    school.postcode() == null ? "" : school.postcode().toLowerCase(java.util.Locale.UK));
        }
    }

    /** Call after any write to the schools collection has been acknowledged. */
    void changed() {
        dirty = true;
        mongo.findAndModify(Query.query(Criteria.where("_id").is("schools")), new Update().inc("seq", 1),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, CHANGES);
    }

    List<Entry> byName() {
        Snapshot current = snapshot;
        if (current != null && !dirty && System.nanoTime() - checkedAt < RECHECK_NANOS) {
            return current.byName();
        }
        dirty = false;
        long seq = currentSeq();
        checkedAt = System.nanoTime();
        if (current != null && current.seq() == seq) {
            return current.byName();
        }
        synchronized (this) {
            current = snapshot;
            if (current == null || current.seq() != seq) {
                current = load(current, seq);
                snapshot = current;
            }
            return current.byName();
        }
    }

    private Snapshot load(@Nullable Snapshot previous, long seq) {
        Instant started = Instant.now();
        Query query = previous == null ? new Query()
                : new Query(Criteria.where("updatedAt").gte(previous.loadedAt().minus(SKEW)));
        query.fields().exclude("audit").exclude("outbox");
        Map<String, Entry> byUrn = previous == null ? new HashMap<>() : new HashMap<>(previous.byUrn());
        for (School school : mongo.find(query, School.class)) {
            byUrn.put(school.urn, Entry.of(views.apply(school)));
        }
        List<Entry> byName = byUrn.values().stream()
                .sorted(Comparator.comparing(Entry::name).thenComparing(e -> e.school().urn()))
                .toList();
        return new Snapshot(seq, started, byUrn, byName);
    }

    private long currentSeq() {
        Document counter = mongo.findById("schools", Document.class, CHANGES);
        return counter == null ? 0 : ((Number) counter.get("seq")).longValue();
    }
}
