package org.uplift.reporting.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.uplift.reporting.figures.Group;
import org.uplift.reporting.figures.Stats;

/**
 * The attainment cells as stored: one document per (level, code, assessment key) under {@code _id}
 * {@code level|code|kind|assessment|year|term}, written whole with a fresh revision; an index document per area listing
 * its cells' keys; and a roll-up document per LA, region and platform cell listing its children's current revisions
 * and whether it needs summing again. Cells are read and written by {@code _id} alone: the embedded MongoDB uses its
 * index only for a query on nothing but {@code _id}, and scans the collection for anything more.
 *
 * <p>A cell's statistics never change under one revision, so they are cached in memory by {@code id@revision}: a
 * roll-up finds its children's revisions in its own document and reads only the children it has not seen yet (none, on
 * the replica that wrote them). Another replica's write has another revision, so the cache is never stale.
 */
@Component
class CellStore {

    static final String CELLS = "attainment_cells";
    static final String INDEX = "attainment_index";
    static final String ROLLUPS = "attainment_rollups";

    /** A cell's statistics per breakdown group, and how many incomplete school datasets they include. */
    record CellStats(Map<Group, Stats> groups, int incomplete) {
    }

    private final MongoTemplate mongo;
    // soft values: under memory pressure entries are dropped and read again from the database
    private final Cache<String, CellStats> byRevision = Caffeine.newBuilder().maximumSize(50_000).softValues().build();

    CellStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Replaces a cell under a new revision and answers that revision. */
    String write(String level, String code, String key, Map<Group, Stats> groups, int incomplete) {
        String id = level + "|" + code + "|" + key;
        String revision = new ObjectId().toHexString();
        cells().replaceOne(Filters.eq("_id", id), new Document("groups", toDocument(groups)).append("incomplete", incomplete)
                .append("rev", revision), new ReplaceOptions().upsert(true));
        byRevision.put(id + "@" + revision, new CellStats(groups, incomplete));
        index().updateOne(Filters.eq("_id", level + "|" + code), Updates.addToSet("codes", key), new UpdateOptions().upsert(true));
        return revision;
    }

    /** Tells a parent cell that one of its children has a new revision, so it is summed again. */
    void markParent(String level, String code, String key, String child, String revision) {
        rollups().updateOne(Filters.eq("_id", level + "|" + code + "|" + key), Updates.combine(
                Updates.set("children." + child, revision), Updates.set("pending", true), Updates.set("level", level),
                Updates.set("code", code), Updates.set("key", key), Updates.inc("gen", 1L)), new UpdateOptions().upsert(true));
    }

    List<Document> pendingRollups(String level) {
        return rollups().find(Filters.and(Filters.eq("pending", true), Filters.eq("level", level))).into(new ArrayList<>());
    }

    /**
     * Claims a pending roll-up for {@code lease} so that no other replica sums the same cell at the same time; answers
     * the roll-up as claimed (with the generation to sum), or null when another replica holds it. Conditions other than
     * {@code _id} are only ever put on this small collection: the embedded MongoDB scans for them.
     */
    @Nullable Document claim(Object id, Duration lease) {
        Date now = new Date();
        return rollups().findOneAndUpdate(Filters.and(Filters.eq("_id", id), Filters.eq("pending", true),
                        Filters.or(Filters.lt("lease", now), Filters.exists("lease", false))),
                Updates.set("lease", new Date(now.getTime() + lease.toMillis())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /** Releases a claim; marks the roll-up done unless a child changed since {@code generation} (then it stays pending). */
    void settle(Document rollup, long generation) {
        rollups().updateOne(Filters.and(Filters.eq("_id", rollup.get("_id")), Filters.eq("gen", generation)),
                Updates.set("pending", false));
        rollups().updateOne(Filters.eq("_id", rollup.get("_id")), Updates.unset("lease"));
    }

    /** The children's codes and current revisions of a rolled-up cell (schools of an LA, LAs of a region, regions). */
    Map<String, String> children(String level, String code, String key) {
        Document rollup = rollups().find(Filters.eq("_id", level + "|" + code + "|" + key)).first();
        Map<String, String> children = new java.util.TreeMap<>();
        if (rollup != null) {
            rollup.get("children", new Document()).forEach((child, revision) -> children.put(child, (String) revision));
        }
        return children;
    }

    /** A cell at a known revision, from memory when seen before. */
    @Nullable CellStats stats(String level, String code, String key, String revision) {
        String id = level + "|" + code + "|" + key;
        CellStats cached = byRevision.getIfPresent(id + "@" + revision);
        if (cached != null) {
            return cached;
        }
        Document cell = cells().find(Filters.eq("_id", id)).first();
        if (cell == null) {
            return null;
        }
        CellStats stats = new CellStats(groupsOf(cell), cell.getInteger("incomplete", 0));
        byRevision.put(id + "@" + cell.get("rev", ""), stats);
        return stats;
    }

    Optional<CellStats> cell(String level, String code, String key) {
        return Optional.ofNullable(cells().find(Filters.eq("_id", level + "|" + code + "|" + key)).first())
                .map(cell -> new CellStats(groupsOf(cell), cell.getInteger("incomplete", 0)));
    }

    /** The keys ({@code kind|assessment|year|term}) of an area's cells. */
    List<String> keys(String level, String code) {
        Document index = index().find(Filters.eq("_id", level + "|" + code)).first();
        return index == null ? List.of() : index.getList("codes", String.class);
    }

    void clear() {
        cells().deleteMany(new Document());
        index().deleteMany(new Document());
        rollups().deleteMany(new Document());
        byRevision.invalidateAll();
    }

    static Document toDocument(Map<Group, Stats> groups) {
        Document byGroup = new Document();
        groups.forEach((group, stats) -> byGroup.append(group.name(), stats.toDocument()));
        return byGroup;
    }

    static Map<Group, Stats> groupsOf(Document cell) {
        Document byGroup = cell.get("groups", Document.class);
        Map<Group, Stats> groups = new EnumMap<>(Group.class);
        for (Group group : Group.values()) {
            groups.put(group, Stats.fromDocument(byGroup.get(group.name(), Document.class)));
        }
        return groups;
    }

    static Map<Group, Stats> emptyGroups() {
        Map<Group, Stats> groups = new EnumMap<>(Group.class);
        for (Group group : Group.values()) {
            groups.put(group, new Stats());
        }
        return groups;
    }

    /** Adds {@code cell}'s statistics into {@code sums} (never changing the cell's, which may be cached). */
    static int addTo(Map<Group, Stats> sums, CellStats cell) {
        cell.groups().forEach((group, stats) -> sums.get(group).add(stats));
        return cell.incomplete();
    }

    private MongoCollection<Document> cells() {
        return mongo.getCollection(CELLS);
    }

    private MongoCollection<Document> index() {
        return mongo.getCollection(INDEX);
    }

    private MongoCollection<Document> rollups() {
        return mongo.getCollection(ROLLUPS);
    }
}
