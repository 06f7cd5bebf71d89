package org.uplift.schools.school;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.uplift.contracts.schools.SchoolClosed;
import org.uplift.contracts.schools.SchoolRegistered;
import org.uplift.contracts.schools.SchoolUpdated;
import org.uplift.platform.events.Outbox;
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.FieldProblem;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.audit.AuditEntry;
import org.uplift.schools.audit.FieldChange;
import org.uplift.schools.common.Dates;
import org.uplift.schools.common.Versions;
import org.uplift.schools.localauthority.LocalAuthorities;
import org.uplift.schools.localauthority.LocalAuthority;

/** Registering, finding, changing and closing schools, always within the caller's tenancy. */
@Service
class SchoolService {

    private final SchoolRepository schools;
    private final LocalAuthorities authorities;
    private final Outbox outbox;
    private final SchoolAccess access;
    private final SchoolViews views;
    private final SchoolSearchIndex index;

    SchoolService(SchoolRepository schools, LocalAuthorities authorities, Outbox outbox, SchoolAccess access,
            SchoolViews views, SchoolSearchIndex index) {
        this.schools = schools;
        this.authorities = authorities;
        this.outbox = outbox;
        this.access = access;
        this.views = views;
        this.index = index;
    }

    SchoolView register(SchoolForm form, TenantScope scope) {
        LocalAuthority authority = authorities.find(form.laCode())
                .orElseThrow(() -> InvalidInputException.of("laCode", "There is no English local authority with code " + form.laCode()));
        if (!access.canRegisterIn(scope, authority.code())) {
            throw new InvalidInputException("You can only register schools in your own local authorities",
                    List.of(FieldProblem.of("laCode", "You can only register schools in your own local authorities")));
        }
        if (schools.existsById(form.urn())) {
            throw new ConflictException("A school with URN " + form.urn() + " is already registered");
        }
        School school = new School(form.urn(), authority.code(), authority.regionCode(), form.establishmentNumber(),
                form.name().strip(), form.phase(), form.type().strip(), blankToNull(form.trust()),
                normalisePostcode(form.postcode()));
        school.audit.add(AuditEntry.of(scope, "registered", AuditEntry.created(school.fields())));
        school.record(outbox.event(school.urn, school.laCode, new SchoolRegistered(school.snapshot())));
        SchoolView registered = view(schools.insert(school));
        index.changed();
        return registered;
    }

    SchoolView find(String urn, TenantScope scope) {
        return view(visible(urn, scope));
    }

    SchoolView change(String urn, long expectedVersion, SchoolChangeForm form, TenantScope scope) {
        School school = manageable(urn, scope);
        Versions.check(expectedVersion, school.version);
        Map<String, Object> before = school.fields();
        school.establishmentNumber = form.establishmentNumber();
        school.name = form.name().strip();
        school.phase = form.phase();
        school.type = form.type().strip();
        school.trust = blankToNull(form.trust());
        school.postcode = normalisePostcode(form.postcode());
        return saveChanges(school, before, "updated", scope);
    }

    SchoolView close(String urn, long expectedVersion, SchoolClosureForm form, TenantScope scope) {
        School school = manageable(urn, scope);
        Versions.check(expectedVersion, school.version);
        if (school.status == SchoolStatus.CLOSED) {
            throw new ConflictException("School " + urn + " is already closed");
        }
        Map<String, Object> before = school.fields();
        school.closedOn = Dates.required("closedOn", "date the school closed", form.closedOn());
        school.status = SchoolStatus.CLOSED;
        return saveChanges(school, before, "closed", scope);
    }

    SchoolView assignSystemLeaders(String urn, long expectedVersion, SystemLeadersForm form, TenantScope scope) {
        School school = manageable(urn, scope);
        Versions.check(expectedVersion, school.version);
        List<FieldChange> changes = AuditEntry.diff(Map.of("systemLeaders", school.systemLeaders),
                Map.of("systemLeaders", form.list()));
        if (changes.isEmpty()) {
            return view(school);
        }
        school.systemLeaders = new ArrayList<>(form.list());
        school.audit.add(AuditEntry.of(scope, "system leaders assigned", changes));
        return save(school);
    }

    /** Records the change in the audit trail and announces it; a change that changes nothing is not saved. */
    private SchoolView saveChanges(School school, Map<String, Object> before, String action, TenantScope scope) {
        List<FieldChange> changes = AuditEntry.diff(before, school.fields());
        if (changes.isEmpty()) {
            return view(school);
        }
        school.audit.add(AuditEntry.of(scope, action, changes));
        Record event = school.status == SchoolStatus.CLOSED && changes.stream().anyMatch(c -> c.field().equals("status"))
                ? new SchoolClosed(school.snapshot())
                : new SchoolUpdated(school.snapshot(), changes.stream().map(FieldChange::field).toList());
        school.record(outbox.event(school.urn, school.laCode, event));
        return save(school);
    }

    private SchoolView save(School school) {
        try {
            SchoolView saved = view(schools.save(school));
            index.changed();
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw Versions.stale();
        }
    }

    private School visible(String urn, TenantScope scope) {
        return schools.findById(urn).filter(school -> access.canSee(scope, school))
                .orElseThrow(() -> new NotFoundException("school", urn));
    }

    private School manageable(String urn, TenantScope scope) {
        School school = visible(urn, scope);
        if (!access.canManage(scope, school)) {
            throw new org.springframework.security.access.AccessDeniedException("Only the LA's officers change a school");
        }
        return school;
    }

    /** Filters the in-memory index (sorted by name); tenancy is the same rule as {@link SchoolAccess#visibleTo}. */
    Page<SchoolView> search(@Nullable String la, @Nullable String region, @Nullable String text, Pageable page,
            TenantScope scope) {
        SchoolAccess.SearchRule rule = access.searchRule(scope);
        String laCode = la == null || la.isBlank() ? null : la.strip();
        String regionCode = region == null || region.isBlank() ? null : region.strip();
        String wanted = text == null || text.isBlank() ? null : text.strip();
        String lower = wanted == null ? null : wanted.toLowerCase(Locale.UK);
        List<SchoolView> content = new ArrayList<>(page.getPageSize());
        int total = 0;
        Collection<String> laCodes = laCode != null ? List.of(laCode) : rule.wholeLas();
        for (SchoolSearchIndex.Entry entry : index.current().narrowed(lower, wanted, laCodes)) {
            SchoolView school = entry.school();
            if ((laCode == null || school.laCode().equals(laCode)) && (regionCode == null || school.regionCode().equals(regionCode))
                    && (lower == null || school.urn().equals(wanted) || entry.name().contains(lower) || entry.postcode().contains(lower))
                    && rule.visible().test(school)) {
                if (total >= page.getOffset() && content.size() < page.getPageSize()) {
                    content.add(school);
                }
                total++;
            }
        }
        return new PageImpl<>(content, page, total);
    }

    SchoolView view(School school) {
        return views.of(school);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static @Nullable String normalisePostcode(@Nullable String postcode) {
        String compact = blankToNull(postcode);
        if (compact == null) {
            return null;
        }
        compact = compact.replace(" ", "").toUpperCase(Locale.UK);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
