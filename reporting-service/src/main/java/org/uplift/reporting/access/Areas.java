package org.uplift.reporting.access;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.uplift.contracts.reference.ReferenceData;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;
import org.uplift.reporting.schools.KnownSchool;
import org.uplift.reporting.schools.SchoolLookup;

/**
 * Resolves the area a report asks for and checks the caller may see it: platform admins everything; board members
 * their region and what lies in it; LA officers their LAs and their schools; school leads their school. Anything
 * else answers 404, as if it did not exist. With no level given, the caller's own widest area.
 */
@Component
public class Areas {

    private final SchoolLookup schools;

    Areas(SchoolLookup schools) {
        this.schools = schools;
    }

    public Area resolve(TenantScope scope, @Nullable String level, @Nullable String code) {
        if (level == null || level.isBlank()) {
            return home(scope);
        }
        Level parsed = Level.parse(level);
        Area area = switch (parsed) {
            case PLATFORM -> new Area(Level.PLATFORM, "", "All schools on the platform", null, null);
            case REGION -> ReferenceData.region(required(code)).map(r -> new Area(Level.REGION, r.code(), r.name(), null, r.code()))
                    .orElseThrow(() -> notFound(parsed, code));
            case LA -> ReferenceData.localAuthority(required(code))
                    .map(la -> new Area(Level.LA, la.code(), la.name(), la.code(), la.regionCode()))
                    .orElseThrow(() -> notFound(parsed, code));
            case SCHOOL -> schools.school(required(code))
                    .map(s -> new Area(Level.SCHOOL, s.urn(), s.name(), s.laCode(), s.regionCode()))
                    .orElseThrow(() -> notFound(parsed, code));
        };
        if (!maySee(scope, area)) {
            throw notFound(parsed, code);
        }
        return area;
    }

    public boolean maySee(TenantScope scope, Area area) {
        if (scope.isPlatformAdmin()) {
            return true;
        }
        return switch (area.level()) {
            case PLATFORM -> false;
            case REGION -> scope.has(Role.BOARD_MEMBER) && area.code().equals(scope.region());
            case LA -> (scope.has(Role.BOARD_MEMBER) && area.regionCode() != null && area.regionCode().equals(scope.region()))
                    || (scope.has(Role.LA_OFFICER) && scope.laCodes().contains(area.code()));
            case SCHOOL -> (scope.has(Role.BOARD_MEMBER) && area.regionCode() != null && area.regionCode().equals(scope.region()))
                    || (scope.has(Role.LA_OFFICER) && scope.laCodes().contains(area.laCode()))
                    || (scope.has(Role.SCHOOL_LEAD) && scope.isSchool(area.code()));
        };
    }

    /** The way up from {@code area}, widest first, as far as the caller may go. */
    public List<Area> trail(TenantScope scope, Area area) {
        List<Area> trail = new ArrayList<>();
        if (area.level() != Level.PLATFORM) {
            trail.add(new Area(Level.PLATFORM, "", "All schools on the platform", null, null));
        }
        if (area.level().compareTo(Level.REGION) > 0 && area.regionCode() != null) {
            trail.add(new Area(Level.REGION, area.regionCode(), ReferenceData.regionName(area.regionCode()), null, area.regionCode()));
        }
        if (area.level() == Level.SCHOOL && area.laCode() != null) {
            trail.add(new Area(Level.LA, area.laCode(), ReferenceData.localAuthorityName(area.laCode()), area.laCode(), area.regionCode()));
        }
        return trail.stream().filter(a -> maySee(scope, a)).toList();
    }

    /** The area one level below {@code parent} with this code (a region, LA or school). */
    public Area child(Area parent, String code) {
        return switch (parent.level()) {
            case PLATFORM -> new Area(Level.REGION, code, ReferenceData.regionName(code), null, code);
            case REGION -> new Area(Level.LA, code, ReferenceData.localAuthorityName(code), code, parent.regionCode());
            default -> new Area(Level.SCHOOL, code, schoolName(code), parent.laCode(), parent.regionCode());
        };
    }

    /** The school's name if the directory knows it. */
    public String schoolName(String urn) {
        return schools.school(urn).map(KnownSchool::name).orElse("School " + urn);
    }

    private Area home(TenantScope scope) {
        if (scope.isPlatformAdmin()) {
            return resolve(scope, "platform", null);
        }
        if (scope.has(Role.BOARD_MEMBER) && scope.region() != null) {
            return resolve(scope, "region", scope.region());
        }
        if (scope.has(Role.LA_OFFICER) && !scope.laCodes().isEmpty()) {
            return resolve(scope, "la", scope.laCodes().iterator().next());
        }
        if (scope.has(Role.SCHOOL_LEAD) && scope.urn() != null) {
            return resolve(scope, "school", scope.urn());
        }
        throw new NotFoundException("report area", "home");
    }

    private static String required(@Nullable String code) {
        if (code == null || code.isBlank()) {
            throw org.uplift.platform.problem.InvalidInputException.of("code", "code is needed for this level");
        }
        return code.strip();
    }

    private static NotFoundException notFound(Level level, @Nullable String code) {
        return new NotFoundException(level.param(), code == null ? "" : code);
    }
}
