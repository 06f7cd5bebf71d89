package org.uplift.schools.school;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
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

    /**
     * One load of the index. Besides the name-ordered list it keeps every name and postcode in one string each, so a
     * text search is a scan of contiguous memory ({@link String#indexOf}) instead of a walk over 25,000 objects, and
     * each LA's positions, so an officer's search touches only their LAs' schools.
     */
    record Snapshot(long seq, Instant loadedAt, Map<String, Entry> byUrn, List<Entry> byName, Map<String, Integer> positions,
            String names, int[] nameStarts, String postcodes, int[] postcodeStarts, Map<String, BitSet> byLa) {

        static Snapshot of(long seq, Instant loadedAt, Map<String, Entry> byUrn) {
            List<Entry> byName = byUrn.values().stream()
                    .sorted(Comparator.comparing(Entry::name).thenComparing(e -> e.school().urn()))
                    .toList();
            Map<String, Integer> positions = HashMap.newHashMap(byName.size());
            Map<String, BitSet> byLa = new HashMap<>();
            StringBuilder names = new StringBuilder();
            StringBuilder postcodes = new StringBuilder();
            int[] nameStarts = new int[byName.size()];
            int[] postcodeStarts = new int[byName.size()];
            for (int i = 0; i < byName.size(); i++) {
                Entry entry = byName.get(i);
                positions.put(entry.school().urn(), i);
                byLa.computeIfAbsent(entry.school().laCode(), la -> new BitSet()).set(i);
                nameStarts[i] = names.length();
                names.append(entry.name()).append(SEPARATOR);
                postcodeStarts[i] = postcodes.length();
                postcodes.append(entry.postcode()).append(SEPARATOR);
            }
            return new Snapshot(seq, loadedAt, byUrn, byName, positions, names.toString(), nameStarts,
                    postcodes.toString(), postcodeStarts, byLa);
        }

        /**
         * Schools, in name order, that can match: those within {@code laCodes} when given, else those whose name or
         * postcode contains {@code lower} or whose URN is {@code exact} when text is given. A superset: callers still
         * apply every rule to each school, so narrowing can never show a school the rules would not.
         */
        List<Entry> narrowed(@Nullable String lower, @Nullable String exact, @Nullable Collection<String> laCodes) {
            BitSet hits;
            if (laCodes != null) {
                // An LA has a few hundred schools at most: the caller's own checks on those are cheaper than text.
                hits = new BitSet(byName.size());
                laCodes.forEach(la -> hits.or(byLa.getOrDefault(la, new BitSet())));
            } else if (lower != null) {
                hits = new BitSet(byName.size());
                find(names, nameStarts, lower, hits);
                find(postcodes, postcodeStarts, lower, hits);
                Integer urn = exact == null ? null : positions.get(exact);
                if (urn != null) {
                    hits.set(urn);
                }
            } else {
                return byName;
            }
            List<Entry> found = new ArrayList<>(hits.cardinality());
            hits.stream().forEach(i -> found.add(byName.get(i)));
            return found;
        }

        private static void find(String all, int[] starts, String needle, BitSet hits) {
            int at = all.indexOf(needle);
            while (at >= 0) {
                int position = Arrays.binarySearch(starts, at);
                if (position < 0) {
                    position = -position - 2;
                }
                hits.set(position);
                // Next school: one hit per school is enough.
                at = position + 1 < starts.length ? all.indexOf(needle, starts[position + 1]) : -1;
            }
        }
    }

    /** Never typed into a search box or a name, so a match cannot span two schools. */
    private static final char SEPARATOR = '\u0000';

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

    Snapshot current() {
        Snapshot current = snapshot;
        if (current != null && !dirty && System.nanoTime() - checkedAt < RECHECK_NANOS) {
            return current;
        }
        dirty = false;
        long seq = currentSeq();
        checkedAt = System.nanoTime();
        if (current != null && current.seq() == seq) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            if (current == null || current.seq() != seq) {
                current = load(current, seq);
                snapshot = current;
            }
            return current;
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
        return Snapshot.of(seq, started, byUrn);
    }

    private long currentSeq() {
        Document counter = mongo.findById("schools", Document.class, CHANGES);
        return counter == null ? 0 : ((Number) counter.get("seq")).longValue();
    }
}
