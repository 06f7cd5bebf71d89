package org.uplift.reporting.schools;

import com.mongodb.client.model.Filters;

import org.bson.conversions.Bson;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;

/** Board members see their region; everyone else their own LAs; platform admins everything. */
final class SchoolCountsScope {

    private SchoolCountsScope() {
    }

    static Bson of(TenantScope scope) {
        if (scope.isPlatformAdmin()) {
            return Filters.empty();
        }
        if (scope.has(Role.BOARD_MEMBER) && scope.region() != null) {
            return Filters.eq("regionCode", scope.region());
        }
        return Filters.in("laCode", scope.laCodes());
    }
}
