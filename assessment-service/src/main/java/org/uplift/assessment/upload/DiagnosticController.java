package org.uplift.assessment.upload;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.problem.FieldProblem;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.security.TenantScope;

/** The catalogue of diagnostics: LA officers define their LA's, admins platform-wide ones; uploaders pick by id. */
@RestController
@RequestMapping("/api/assessments/diagnostics")
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead')")
class DiagnosticController {

    private final MongoTemplate mongo;
    private final Clock clock;

    DiagnosticController(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    record DiagnosticForm(@Nullable String name, @Nullable Integer yearGroup, @Nullable Integer maxMark,
            @Nullable String laCode) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<Diagnostic> define(@RequestBody DiagnosticForm form, TenantScope scope) {
        Assessment checked = Assessment.of("DIAGNOSTIC", "2025/26", form.name(),
                form.yearGroup() == null ? null : form.yearGroup().toString(), "AUTUMN",
                form.maxMark() == null ? null : form.maxMark().toString());
        String la = form.laCode() == null || form.laCode().isBlank() ? null : form.laCode().strip();
        if (la == null ? !scope.isPlatformAdmin() : !scope.coversLa(la)) {
            throw new InvalidInputException("You can only define diagnostics for your own local authorities",
                    List.of(FieldProblem.of("laCode", "Enter one of your local authority codes")));
        }
        Diagnostic diagnostic = new Diagnostic(UUID.randomUUID().toString(), checked.name(), checked.yearGroup(),
                checked.maxMark(), la, scope.username(), clock.instant());
        mongo.insert(diagnostic);
        return ResponseEntity.created(URI.create("/api/assessments/diagnostics/" + diagnostic.id())).body(diagnostic);
    }

    @GetMapping
    List<Diagnostic> list(TenantScope scope) {
        return visible(mongo, scope);
    }

    static List<Diagnostic> visible(MongoTemplate mongo, TenantScope scope) {
        return mongo.findAll(Diagnostic.class).stream()
                .filter(d -> d.laCode() == null || scope.coversLa(d.laCode())
                        || (scope.urn() != null && scope.laCodes().contains(d.laCode())))
                .sorted(java.util.Comparator.comparing(d -> d.name().toLowerCase(Locale.ROOT))).toList();
    }
}
