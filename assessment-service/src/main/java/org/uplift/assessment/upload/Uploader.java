package org.uplift.assessment.upload;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.uplift.assessment.school.KnownSchool;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;

/** Who uploaded, kept with the upload so the scope checks run the same when the file is processed later. */
record Uploader(String username, boolean admin, List<String> laCodes, @Nullable String urn) {

    static Uploader of(TenantScope scope) {
        return new Uploader(scope.username(), scope.isPlatformAdmin(),
                scope.has(Role.LA_OFFICER) ? List.copyOf(scope.laCodes()) : List.of(),
                scope.has(Role.SCHOOL_LEAD) ? scope.urn() : null);
    }

    boolean mayUploadFor(KnownSchool school) {
        return admin || laCodes.contains(school.laCode()) || school.urn().equals(urn);
    }

    boolean maySee(String urn, String laCode) {
        return admin || laCodes.contains(laCode) || urn.equals(this.urn);
    }
}
