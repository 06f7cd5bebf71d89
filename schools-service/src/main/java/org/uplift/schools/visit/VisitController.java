package org.uplift.schools.visit;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.common.Versions;

@RestController
@RequestMapping("/api/schools/{urn}/visits")
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','sle')")
class VisitController {

    private final VisitService visits;

    VisitController(VisitService visits) {
        this.visits = visits;
    }

    @GetMapping
    List<VisitView> list(@PathVariable String urn, TenantScope scope) {
        return visits.forSchool(urn, scope);
    }

    @GetMapping("/{id}")
    ResponseEntity<VisitView> get(@PathVariable String urn, @PathVariable String id, TenantScope scope) {
        VisitView visit = visits.find(urn, id, scope);
        return ResponseEntity.ok().eTag(String.valueOf(visit.version())).body(visit);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','sle')")
    ResponseEntity<VisitView> record(@PathVariable String urn, @Valid @RequestBody VisitForm form, TenantScope scope) {
        VisitView visit = visits.record(urn, form, scope);
        return ResponseEntity.created(URI.create("/api/schools/" + urn + "/visits/" + visit.id()))
                .eTag(String.valueOf(visit.version())).body(visit);
    }

    @PostMapping("/{id}/sign-off")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','sle')")
    ResponseEntity<VisitView> signOff(@PathVariable String urn, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, TenantScope scope) {
        VisitView visit = visits.signOff(urn, id, Versions.fromIfMatch(ifMatch), scope);
        return ResponseEntity.ok().eTag(String.valueOf(visit.version())).body(visit);
    }
}
