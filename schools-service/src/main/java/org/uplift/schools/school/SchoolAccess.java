package org.uplift.schools.school;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.hub.HubCoverage;

/**
 * Which schools a caller may see, support and manage. Seeing: LA officers their LAs' schools, school leads and
 * teachers their own school, SLEs the schools assigned to them, hub leads the schools of the LAs their hub serves.
 * Supporting (reviews, visits): managers and the assigned SLEs. Managing (details, plans, projects): admins and the
 * LA's officers. Anything a caller cannot see answers 404, never 403, so a school's existence does not leak.
 */
@Component
class SchoolAccess {

    private final HubCoverage hubs;

    SchoolAccess(HubCoverage hubs) {
        this.hubs = hubs;
    }

    Criteria visibleTo(TenantScope scope) {
        if (scope.isPlatformAdmin()) {
            return new Criteria();
        }
        List<Criteria> any = new ArrayList<>();
        if (scope.has(Role.LA_OFFICER) && !scope.laCodes().isEmpty()) {
            any.add(Criteria.where("laCode").in(scope.laCodes()));
        }
        if (scope.hasAny(Role.SCHOOL_LEAD, Role.TEACHER) && scope.urn() != null) {
            any.add(Criteria.where("_id").is(scope.urn()));
        }
        if (scope.has(Role.SLE) && !scope.username().isBlank()) {
            any.add(Criteria.where("systemLeaders").is(scope.username()));
        }
        if (scope.has(Role.HUB_LEAD)) {
            List<String> served = hubs.lasServedBy(scope.hub());
            if (!served.isEmpty()) {
                any.add(Criteria.where("laCode").in(served));
            }
        }
        return any.isEmpty() ? Criteria.where("_id").is(null) : new Criteria().orOperator(any);
    }

    /**
     * The in-memory form of {@link #visibleTo} for the search index, with the LAs whose schools are all the caller may
     * see when that is all they may see (officers, hub leads) so a search can look at those LAs only; null LAs when
     * the view is not whole LAs (platform admins see everything; school leads, teachers and SLEs single schools).
     */
    record SearchRule(Predicate<SchoolView> visible, @Nullable Set<String> wholeLas) {
    }

    /** Hub coverage is looked up once per search. */
    SearchRule searchRule(TenantScope scope) {
        if (scope.isPlatformAdmin()) {
            return new SearchRule(school -> true, null);
        }
        boolean officer = scope.has(Role.LA_OFFICER);
        boolean ownSchool = scope.hasAny(Role.SCHOOL_LEAD, Role.TEACHER) && scope.urn() != null;
        boolean sle = scope.has(Role.SLE) && !scope.username().isBlank();
        List<String> served = scope.has(Role.HUB_LEAD) ? hubs.lasServedBy(scope.hub()) : List.of();
        Predicate<SchoolView> visible = school -> (officer && scope.laCodes().contains(school.laCode()))
                || (ownSchool && school.urn().equals(scope.urn()))
                || (sle && school.systemLeaders().contains(scope.username()))
                || served.contains(school.laCode());
        if (scope.hasAny(Role.SCHOOL_LEAD, Role.TEACHER, Role.SLE)) {
            return new SearchRule(visible, null);
        }
        Set<String> las = new HashSet<>(served);
        if (officer) {
            las.addAll(scope.laCodes());
        }
        return new SearchRule(visible, las);
    }

    boolean canSee(TenantScope scope, School school) {
        return canSupport(scope, school)
                || (scope.hasAny(Role.SCHOOL_LEAD, Role.TEACHER) && scope.isSchool(school.urn))
                || (scope.has(Role.HUB_LEAD) && hubs.lasServedBy(scope.hub()).contains(school.laCode));
    }

    boolean canSupport(TenantScope scope, School school) {
        return canManage(scope, school)
                || (scope.has(Role.SLE) && school.systemLeaders.contains(scope.username()));
    }

    boolean canManage(TenantScope scope, School school) {
        return scope.isPlatformAdmin() || (scope.has(Role.LA_OFFICER) && scope.coversLa(school.laCode));
    }

    boolean canRegisterIn(TenantScope scope, String laCode) {
        return scope.isPlatformAdmin() || (scope.has(Role.LA_OFFICER) && scope.coversLa(laCode));
    }
}
