package org.uplift.schools.school;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;

/**
 * The one door other features (reviews, plans, visits, projects, the watchlist) use to find a school and to check
 * what the caller may do with it, so the tenancy rules live in {@link SchoolAccess} only.
 */
@Component
public class SchoolDirectory {

    public enum Need { VIEW, SUPPORT, MANAGE }

    private final SchoolRepository schools;
    private final MongoTemplate mongo;
    private final SchoolAccess access;

    SchoolDirectory(SchoolRepository schools, MongoTemplate mongo, SchoolAccess access) {
        this.schools = schools;
        this.mongo = mongo;
        this.access = access;
    }

    /** The school if the caller may see it (else 404) and do what they need (else 403: they can see it exists). */
    public SchoolSummary require(String urn, TenantScope scope, Need need) {
        School school = schools.findById(urn).filter(s -> access.canSee(scope, s))
                .orElseThrow(() -> new NotFoundException("school", urn));
        boolean allowed = switch (need) {
            case VIEW -> true;
            case SUPPORT -> access.canSupport(scope, school);
            case MANAGE -> access.canManage(scope, school);
        };
        if (!allowed) {
            throw new AccessDeniedException("You cannot do this for school " + urn);
        }
        return summary(school);
    }

    public boolean may(String urn, TenantScope scope, Need need) {
        try {
            require(urn, scope, need);
            return true;
        } catch (NotFoundException | AccessDeniedException e) {
            return false;
        }
    }

    /** Without tenancy: for records that are already scoped (e.g. a project's member list) and for demo data. */
    public Optional<SchoolSummary> find(String urn) {
        return schools.findById(urn).map(SchoolDirectory::summary);
    }

    public List<SchoolSummary> visibleInLa(String laCode, TenantScope scope) {
        Query query = new Query(new Criteria().andOperator(access.visibleTo(scope), Criteria.where("laCode").is(laCode),
                Criteria.where("status").is(SchoolStatus.OPEN))).with(Sort.by("name"));
        return mongo.find(query, School.class).stream().map(SchoolDirectory::summary).toList();
    }

    private static SchoolSummary summary(School school) {
        return new SchoolSummary(school.urn, school.name, school.laCode, school.regionCode, school.phase,
                school.status.name(), List.copyOf(school.systemLeaders));
    }
}
