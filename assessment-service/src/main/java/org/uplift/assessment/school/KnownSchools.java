package org.uplift.assessment.school;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.uplift.contracts.schools.SchoolSnapshot;

/** Looks schools up by URN; the read model is tiny (one row per school), so lookups are cached in memory. */
@Service
public class KnownSchools {

    private final MongoTemplate mongo;
    private final Map<String, KnownSchool> cache = new ConcurrentHashMap<>();

    KnownSchools(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<KnownSchool> find(String urn) {
        KnownSchool cached = cache.get(urn);
        if (cached != null) {
            return Optional.of(cached);
        }
        KnownSchool found = mongo.findById(urn, KnownSchool.class);
        if (found != null) {
            cache.put(urn, found);
        }
        return Optional.ofNullable(found);
    }

    public void save(SchoolSnapshot school) {
        KnownSchool known = new KnownSchool(school.urn(), school.laCode(), school.regionCode(), school.name(), school.status());
        mongo.save(known);
        cache.put(known.urn(), known);
    }
}
