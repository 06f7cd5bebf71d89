package org.uplift.schools.hub;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.FieldProblem;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.audit.AuditEntry;
import org.uplift.schools.common.Versions;
import org.uplift.schools.localauthority.LocalAuthorities;
import org.uplift.schools.localauthority.LocalAuthority;

/** Maths Hubs: anyone signed in may read them (reference data); only platform admins create and change them. */
@Service
class HubService {

    private final HubRepository hubs;
    private final LocalAuthorities authorities;

    HubService(HubRepository hubs, LocalAuthorities authorities) {
        this.hubs = hubs;
        this.authorities = authorities;
    }

    List<HubView> all() {
        return hubs.findAll(Sort.by("name")).stream().map(this::view).toList();
    }

    HubView find(String code) {
        return hubs.findById(code).map(this::view).orElseThrow(() -> new NotFoundException("hub", code));
    }

    HubView create(HubForm form, TenantScope scope) {
        List<String> laCodes = currentLaCodes(form);
        if (hubs.existsById(form.code())) {
            throw new ConflictException("A hub with code " + form.code() + " already exists");
        }
        Hub hub = new Hub(form.code(), form.name().strip(), form.leadSchoolUrn(), laCodes);
        hub.audit.add(AuditEntry.of(scope, "created", AuditEntry.created(hub.fields())));
        return view(hubs.insert(hub));
    }

    HubView update(String code, long expectedVersion, HubForm form, TenantScope scope) {
        Hub hub = hubs.findById(code).orElseThrow(() -> new NotFoundException("hub", code));
        Versions.check(expectedVersion, hub.version);
        List<String> laCodes = currentLaCodes(form);
        var before = hub.fields();
        hub.name = form.name().strip();
        hub.leadSchoolUrn = form.leadSchoolUrn();
        hub.servedLaCodes = laCodes;
        var changes = AuditEntry.diff(before, hub.fields());
        if (changes.isEmpty()) {
            return view(hub);
        }
        hub.audit.add(AuditEntry.of(scope, "updated", changes));
        try {
            return view(hubs.save(hub));
        } catch (OptimisticLockingFailureException e) {
            throw Versions.stale();
        }
    }

    /** Superseded LA codes are accepted and stored as the current authority's code. */
    private List<String> currentLaCodes(HubForm form) {
        List<String> codes = new ArrayList<>();
        for (String code : form.laCodes()) {
            LocalAuthority la = authorities.find(code).orElseThrow(() -> new InvalidInputException(
                    "Unknown local authority " + code, List.of(FieldProblem.of("servedLaCodes",
                            "There is no English local authority with code " + code))));
            if (!codes.contains(la.code())) {
                codes.add(la.code());
            }
        }
        return codes;
    }

    private HubView view(Hub hub) {
        List<String> names = hub.servedLaCodes.stream()
                .map(code -> authorities.find(code).map(la -> la.name() + " (" + code + ")").orElse(code)).toList();
        return new HubView(hub.code, hub.name, hub.leadSchoolUrn, hub.servedLaCodes, names,
                hub.version == null ? 0 : hub.version, List.copyOf(hub.audit));
    }
}
