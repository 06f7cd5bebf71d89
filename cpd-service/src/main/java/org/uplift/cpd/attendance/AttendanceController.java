package org.uplift.cpd.attendance;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.security.TenantScope;

@RestController
@RequestMapping("/api/cpd/cohorts/{cohortId}/sessions/{sessionId}/attendance")
@PreAuthorize("hasAnyRole('hub-lead','platform-admin')")
class AttendanceController {

    private final AttendanceService attendance;

    AttendanceController(AttendanceService attendance) {
        this.attendance = attendance;
    }

    /** The booking ids of the confirmed participants who attended; everyone else confirmed was absent. */
    record RegisterForm(@NotNull(message = "List who was present (an empty list if nobody was)") @Nullable List<String> present) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    RegisterView get(@PathVariable String cohortId, @PathVariable String sessionId, TenantScope scope) {
        return attendance.register(cohortId, sessionId, scope);
    }

    @GetMapping(produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String cohortId, @PathVariable String sessionId, TenantScope scope) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"register-" + sessionId + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(attendance.csv(cohortId, sessionId, scope));
    }

    @PutMapping
    RegisterView record(@PathVariable String cohortId, @PathVariable String sessionId,
            @Valid @RequestBody RegisterForm form, TenantScope scope) {
        return attendance.record(cohortId, sessionId, form.present(), scope);
    }
}
