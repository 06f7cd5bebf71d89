package org.uplift.assessment.measure;

import java.io.IOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;

/** Official estimates tables: national figures, so only platform admins may replace them. */
@RestController
class EstimatesController {

    private final Estimates estimates;

    EstimatesController(Estimates estimates) {
        this.estimates = estimates;
    }

    @PostMapping("/api/assessments/estimates")
    @PreAuthorize("hasRole('platform-admin')")
    EstimateTable upload(@RequestParam String academicYear, @RequestParam MultipartFile file, TenantScope scope)
            throws IOException {
        return estimates.upload(academicYear.strip(), file.getInputStream(), scope.username());
    }

    @GetMapping("/api/assessments/estimates")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead')")
    EstimateTable get(@RequestParam String academicYear) {
        return estimates.official(academicYear).orElseThrow(() -> new NotFoundException("official estimates for", academicYear));
    }
}
