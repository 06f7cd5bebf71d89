package org.uplift.cpd.attendance;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uplift.platform.security.TenantScope;

/** The register for one session: GOV.UK checkboxes, large enough to tick on a tablet; and its CSV. */
@Controller
@PreAuthorize("hasAnyRole('hub-lead','platform-admin')")
class RegisterPages {

    private final AttendanceService attendance;

    RegisterPages(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @GetMapping("/cpd/cohorts/{cohortId}/sessions/{sessionId}/register")
    String register(@PathVariable String cohortId, @PathVariable String sessionId,
            @RequestParam(required = false) @Nullable String saved, TenantScope scope, Model model) {
        RegisterView register = attendance.register(cohortId, sessionId, scope);
        model.addAttribute("register", register);
        if (saved != null) {
            // Worded from the register as stored: a flash message in a session would not pass the gateway.
            long here = register.entries().stream().filter(RegisterView.Entry::present).count();
            model.addAttribute("notice", "Register saved: " + here + " of " + register.entries().size() + " present.");
        }
        return "cpd/register";
    }

    @PostMapping("/cpd/cohorts/{cohortId}/sessions/{sessionId}/register")
    String record(@PathVariable String cohortId, @PathVariable String sessionId,
            @RequestParam(name = "present", required = false) @Nullable List<String> present, TenantScope scope) {
        attendance.record(cohortId, sessionId, present == null ? List.of() : present, scope);
        return "redirect:/cpd/cohorts/" + cohortId + "/sessions/" + sessionId + "/register?saved";
    }

    @GetMapping("/cpd/cohorts/{cohortId}/sessions/{sessionId}/register.csv")
    ResponseEntity<String> csv(@PathVariable String cohortId, @PathVariable String sessionId, TenantScope scope) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"register-" + sessionId + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(attendance.csv(cohortId, sessionId, scope));
    }
}
