package org.uplift.schools.school;

import org.springframework.data.mongodb.core.query.Criteria;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;

/**
 * Which schools a caller may see and change. Anything outside answers 404, never 403, so a school's existence
 * does not leak across tenants.
 */
final class SchoolAccess {

    private SchoolAccess() {
    }

    static Criteria visibleTo(TenantScope scope) {
        if (scope.isPlatformAdmin()) {
            return new Criteria();
        }
        if (scope.has(Role.LA_OFFICER)) {
            return Criteria.where("laCode").in(scope.laCodes());
        }
        if (scope.hasAny(Role.SCHOOL_LEAD, Role.TEACHER) && scope.urn() != null) {
            return Criteria.where("_id").is(scope.urn());
        }
        if (scope.hasAny(Role.HUB_LEAD, Role.SLE) && scope.region() != null) {
            return Criteria.where("regionCode").is(scope.region());
        }
        return Criteria.where("_id").is(null);
    }

    static boolean canSee(TenantScope scope, School school) {
        return scope.isPlatformAdmin()
                || (scope.has(Role.LA_OFFICER) && scope.coversLa(school.laCode))
                || (scope.hasAny(Role.SCHOOL_LEAD, Role.TEACHER) && scope.isSchool(school.urn))
                || (scope.hasAny(Role.HUB_LEAD, Role.SLE) && school.regionCode.equals(scope.region()));
    }

    static boolean canRegisterIn(TenantScope scope, String laCode) {
        return scope.isPlatformAdmin() || (scope.has(Role.LA_OFFICER) && scope.coversLa(laCode));
    }
}
