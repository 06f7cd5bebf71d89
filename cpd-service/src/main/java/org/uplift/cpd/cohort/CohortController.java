package org.uplift.cpd.cohort;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.security.TenantScope;

@RestController
@RequestMapping("/api/cpd/cohorts")
class CohortController {

    private final CohortService cohorts;

    CohortController(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @GetMapping
    List<CohortView> list(@RequestParam(required = false) @Nullable String programme,
            @RequestParam(required = false) @Nullable String hub) {
        if (programme != null) {
            return cohorts.ofProgramme(programme);
        }
        if (hub != null) {
            return cohorts.ofHub(hub);
        }
        throw InvalidInputException.of("programme", "Give a programme or a hub");
    }

    @GetMapping("/{id}")
    CohortView get(@PathVariable String id) {
        return cohorts.find(id);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('hub-lead','platform-admin')")
    ResponseEntity<CohortView> publish(@Valid @RequestBody CohortForm form, TenantScope scope) {
        CohortView cohort = cohorts.publish(form, scope);
        return ResponseEntity.created(URI.create("/api/cpd/cohorts/" + cohort.id())).body(cohort);
    }
}
