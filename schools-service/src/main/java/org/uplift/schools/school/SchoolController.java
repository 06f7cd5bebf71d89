package org.uplift.schools.school;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uplift.platform.api.PageResponse;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.common.Versions;

@RestController
@RequestMapping("/api/schools")
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','sle','hub-lead','teacher')")
class SchoolController {

    private final SchoolService schools;
    private final SchoolImport imports;

    SchoolController(SchoolService schools, SchoolImport imports) {
        this.schools = schools;
        this.imports = imports;
    }

    @GetMapping
    PageResponse<SchoolView> search(@RequestParam(required = false) @Nullable String la,
            @RequestParam(required = false) @Nullable String region, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, TenantScope scope) {
        return PageResponse.of(schools.search(la, region, q, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200)), scope));
    }

    @GetMapping("/{urn}")
    ResponseEntity<SchoolView> get(@PathVariable String urn, TenantScope scope) {
        return withETag(schools.find(urn, scope));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<SchoolView> register(@Valid @RequestBody SchoolForm form, TenantScope scope) {
        SchoolView school = schools.register(form, scope);
        return ResponseEntity.created(URI.create("/api/schools/" + school.urn()))
                .eTag(String.valueOf(school.version())).body(school);
    }

    @PutMapping("/{urn}")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<SchoolView> change(@PathVariable String urn, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody SchoolChangeForm form, TenantScope scope) {
        return withETag(schools.change(urn, Versions.fromIfMatch(ifMatch), form, scope));
    }

    @PostMapping("/{urn}/closure")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<SchoolView> close(@PathVariable String urn, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody SchoolClosureForm form, TenantScope scope) {
        return withETag(schools.close(urn, Versions.fromIfMatch(ifMatch), form, scope));
    }

    @PutMapping("/{urn}/system-leaders")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<SchoolView> assign(@PathVariable String urn, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody SystemLeadersForm form, TenantScope scope) {
        return withETag(schools.assignSystemLeaders(urn, Versions.fromIfMatch(ifMatch), form, scope));
    }

    /** A GIAS-style CSV extract: every row is checked first; only a file without problems is applied, all of it. */
    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ImportResult importCsv(@RequestPart("file") MultipartFile file, TenantScope scope) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return imports.run(in, scope, progress -> { });
        }
    }

    private static ResponseEntity<SchoolView> withETag(SchoolView school) {
        return ResponseEntity.ok().eTag(String.valueOf(school.version())).body(school);
    }
}
