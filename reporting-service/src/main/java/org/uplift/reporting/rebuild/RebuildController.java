package org.uplift.reporting.rebuild;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuild runs in the background; its status shows how many events have been re-applied so far. */
@RestController
@PreAuthorize("hasRole('platform-admin')")
class RebuildController {

    private final RebuildService rebuild;

    RebuildController(RebuildService rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/reports/rebuild")
    ResponseEntity<RebuildService.RebuildStatus> start() {
        return ResponseEntity.accepted().header("Location", "/api/reports/rebuild").body(rebuild.start());
    }

    @GetMapping("/api/reports/rebuild")
    RebuildService.RebuildStatus status() {
        return rebuild.status();
    }
}
