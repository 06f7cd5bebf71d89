package org.uplift.reporting.attainment;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AttainmentController {

    @GetMapping("/api/reports/attainment")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','board-member','hub-lead')")
    List<Object> list() {
        return List.of();
    }
}
