package org.uplift.assessment.upload;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UploadController {

    @GetMapping("/api/assessments/uploads")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead')")
    List<Object> list() {
        return List.of();
    }
}
