package org.uplift.assessment.upload;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.uplift.platform.problem.FieldProblem;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.security.TenantScope;

/** Defining and finding catalogued diagnostics, within the caller's LAs. */
@Service
class Diagnostics {

    private final MongoTemplate mongo;
    private final Clock clock;

    Diagnostics(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    DiagnosticView define(@Nullable String name, @Nullable Integer yearGroup, @Nullable Integer maxMark,
            @Nullable String laCode, TenantScope scope) {
        Assessment checked = Assessment.of("DIAGNOSTIC", "2025/26", name, yearGroup == null ? null : yearGroup.toString(),
                "AUTUMN", maxMark == null ? null : maxMark.toString());
        String la = laCode == null || laCode.isBlank() ? null : laCode.strip();
        if (la == null ? !scope.isPlatformAdmin() : !scope.coversLa(la)) {
            throw new InvalidInputException("You can only define diagnostics for your own local authorities",
                    List.of(FieldProblem.of("laCode", "Enter one of your local authority codes")));
        }
        Diagnostic diagnostic = new Diagnostic(UUID.randomUUID().toString(), checked.name(), checked.yearGroup(),
                checked.maxMark(), la, scope.username(), clock.instant());
        mongo.insert(diagnostic);
        return DiagnosticView.of(diagnostic);
    }

    List<DiagnosticView> visible(TenantScope scope) {
        return mongo.findAll(Diagnostic.class).stream()
                .filter(d -> d.laCode() == null || scope.coversLa(d.laCode()))
                .sorted(Comparator.comparing(d -> d.name().toLowerCase(Locale.ROOT))).map(DiagnosticView::of).toList();
    }

    /** A catalogued diagnostic the caller may use, in the given year and term. */
    Assessment assessment(String diagnosticId, @Nullable String academicYear, @Nullable String term, TenantScope scope) {
        DiagnosticView diagnostic = visible(scope).stream().filter(d -> d.id().equals(diagnosticId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("diagnosticId", "Select a diagnostic from the list"));
        return Assessment.of("DIAGNOSTIC", academicYear, diagnostic.name(), String.valueOf(diagnostic.yearGroup()), term,
                String.valueOf(diagnostic.maxMark()));
    }
}
