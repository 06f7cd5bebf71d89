package org.uplift.cpd.programme;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.api.PageResponse;
import org.uplift.platform.security.TenantScope;

@RestController
@RequestMapping("/api/cpd/programmes")
class ProgrammeController {

    private final ProgrammeService programmes;

    ProgrammeController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    PageResponse<ProgrammeView> search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String phase, @RequestParam(required = false) @Nullable Format format,
            @RequestParam(required = false) @Nullable String hub,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(programmes.search(new CatalogueQuery(q, phase, format, hub, from, to),
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200))));
    }

    @GetMapping("/{id}")
    ProgrammeView get(@PathVariable String id) {
        return programmes.find(id);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('hub-lead','platform-admin')")
    ResponseEntity<ProgrammeView> publish(@Valid @RequestBody ProgrammeForm form, TenantScope scope) {
        ProgrammeView programme = programmes.publish(form, scope);
        return ResponseEntity.created(URI.create("/api/cpd/programmes/" + programme.id())).body(programme);
    }
}
