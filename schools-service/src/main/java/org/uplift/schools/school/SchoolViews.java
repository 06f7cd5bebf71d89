package org.uplift.schools.school;

import java.util.List;

import org.springframework.stereotype.Component;
import org.uplift.schools.localauthority.LocalAuthorities;
import org.uplift.schools.localauthority.LocalAuthority;

/** Turns a school document into what the API and pages show. */
@Component
class SchoolViews {

    private final LocalAuthorities authorities;

    SchoolViews(LocalAuthorities authorities) {
        this.authorities = authorities;
    }

    SchoolView of(School school) {
        String laName = authorities.find(school.laCode).map(LocalAuthority::name).orElse(school.laCode);
        return new SchoolView(school.urn, school.laCode, laName, school.regionCode, school.establishmentNumber,
                school.laestab(), school.name, school.phase, school.type, school.status.name(), school.trust,
                school.postcode, school.closedOn, List.copyOf(school.systemLeaders),
                school.version == null ? 0 : school.version, List.copyOf(school.audit));
    }
}
