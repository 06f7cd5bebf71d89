package org.uplift.assessment.upload;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.security.TenantScope;

/** The catalogue of diagnostics: LA officers define their LA's, admins platform-wide ones; uploaders pick by id. */
@RestController
@RequestMapping("/api/assessments/diagnostics")
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead')")
class DiagnosticController {

    private final Diagnostics diagnostics;

    DiagnosticController(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    record DiagnosticForm(@Nullable String name, @Nullable Integer yearGroup, @Nullable Integer maxMark,
            @Nullable String laCode) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<DiagnosticView> define(@RequestBody DiagnosticForm form, TenantScope scope) {
        DiagnosticView diagnostic = diagnostics.define(form.name(), form.yearGroup(), form.maxMark(), form.laCode(), scope);
        return ResponseEntity.created(URI.create("/api/assessments/diagnostics/" + diagnostic.id())).body(diagnostic);
    }

    @GetMapping
    List<DiagnosticView> list(TenantScope scope) {
        return diagnostics.visible(scope);
    }
}
