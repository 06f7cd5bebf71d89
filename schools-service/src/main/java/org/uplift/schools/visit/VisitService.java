package org.uplift.schools.visit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.uplift.contracts.schools.VisitRecorded;
import org.uplift.contracts.schools.VisitSignedOff;
import org.uplift.platform.events.Outbox;
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.audit.AuditEntry;
import org.uplift.schools.common.Dates;
import org.uplift.schools.common.SchoolTerm;
import org.uplift.schools.common.Versions;
import org.uplift.schools.school.SchoolDirectory;
import org.uplift.schools.school.SchoolDirectory.Need;
import org.uplift.schools.school.SchoolSummary;

/**
 * Support visits: recorded by the school's assigned system leaders (or its LA officers); signed off for quality
 * assurance by someone else who supports the school (an NLE, another assigned leader, or the LA) — never by the visitor.
 */
@Service
class VisitService {

    private final VisitRepository visits;
    private final SchoolDirectory schools;
    private final Outbox outbox;

    VisitService(VisitRepository visits, SchoolDirectory schools, Outbox outbox) {
        this.visits = visits;
        this.schools = schools;
        this.outbox = outbox;
    }

    VisitView record(String urn, VisitForm form, TenantScope scope) {
        SchoolSummary school = schools.require(urn, scope, Need.SUPPORT);
        LocalDate date = Dates.required("visitDate", "date of the visit", form.visitDate());
        Visit visit = new Visit(UUID.randomUUID().toString(), urn, school.laCode(), school.regionCode(), date,
                scope.username(), scope.displayName(), form.purpose().strip(), form.focusAreaList(), form.notes().strip(),
                form.followUps() == null ? "" : form.followUps().strip(), form.minutesSpent());
        visit.audit.add(AuditEntry.of(scope, "recorded", AuditEntry.created(visit.fields())));
        visit.outbox.add(outbox.event(visit.id, visit.laCode, new VisitRecorded(visit.id, urn, visit.laCode,
                visit.regionCode, date, SchoolTerm.of(date).label(), visit.visitorName, visit.purpose, visit.focusAreas,
                visit.minutesSpent)));
        return view(visits.insert(visit), school);
    }

    VisitView signOff(String urn, String id, long expectedVersion, TenantScope scope) {
        SchoolSummary school = schools.require(urn, scope, Need.SUPPORT);
        Visit visit = load(urn, id);
        Versions.check(expectedVersion, visit.version);
        if (visit.visitorUsername.equals(scope.username())) {
            throw new AccessDeniedException("A visit is signed off by someone other than the visitor");
        }
        if (visit.signedOffBy != null) {
            throw new ConflictException("This visit was already signed off by " + visit.signedOffBy);
        }
        var before = visit.fields();
        visit.signedOffBy = scope.displayName();
        visit.signedOffOn = LocalDate.now(ZoneId.of("Europe/London"));
        visit.audit.add(AuditEntry.of(scope, "signed off", AuditEntry.diff(before, visit.fields())));
        visit.outbox.add(outbox.event(visit.id, visit.laCode, new VisitSignedOff(visit.id, urn, visit.laCode,
                visit.regionCode, visit.signedOffBy, visit.signedOffOn)));
        try {
            return view(visits.save(visit), school);
        } catch (OptimisticLockingFailureException e) {
            throw Versions.stale();
        }
    }

    List<VisitView> forSchool(String urn, TenantScope scope) {
        SchoolSummary school = schools.require(urn, scope, Need.VIEW);
        return visits.findByUrnOrderByVisitDateDesc(urn).stream().map(v -> view(v, school)).toList();
    }

    VisitView find(String urn, String id, TenantScope scope) {
        return view(load(urn, id), schools.require(urn, scope, Need.VIEW));
    }

    private Visit load(String urn, String id) {
        return visits.findById(id).filter(v -> v.urn.equals(urn)).orElseThrow(() -> new NotFoundException("visit", id));
    }

    private static VisitView view(Visit v, SchoolSummary school) {
        return new VisitView(v.id, v.urn, school.name(), v.visitDate, SchoolTerm.of(v.visitDate).label(), v.visitorName,
                v.purpose, v.focusAreas, v.notes, v.followUps, v.minutesSpent, v.signedOffBy, v.signedOffOn,
                v.version == null ? 0 : v.version, List.copyOf(v.audit));
    }
}
