package org.uplift.schools.school;

import java.net.URI;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.api.PageResponse;
import org.uplift.platform.security.TenantScope;

@RestController
@RequestMapping("/api/schools")
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','sle','hub-lead','teacher')")
class SchoolController {

    private final SchoolService schools;

    SchoolController(SchoolService schools) {
        this.schools = schools;
    }

    @GetMapping
    PageResponse<SchoolView> search(@RequestParam(required = false) @Nullable String la,
            @RequestParam(required = false) @Nullable String region, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, TenantScope scope) {
        return PageResponse.of(schools.search(la, region, q, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200)), scope));
    }

    @GetMapping("/{urn}")
    ResponseEntity<SchoolView> get(@PathVariable String urn, TenantScope scope) {
        SchoolView school = schools.find(urn, scope);
        return ResponseEntity.ok().eTag(String.valueOf(school.version())).body(school);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<SchoolView> register(@Valid @RequestBody SchoolForm form, TenantScope scope) {
        SchoolView school = schools.register(form, scope);
        return ResponseEntity.created(URI.create("/api/schools/" + school.urn()))
                .eTag(String.valueOf(school.version())).body(school);
    }
}
