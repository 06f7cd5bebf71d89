package org.uplift.assessment.upload;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uplift.platform.problem.FieldProblem;
import org.uplift.platform.security.TenantScope;

/**
 * The upload API: {@code POST} a multipart file (CSV or CTF XML) with the assessment it holds and get 202 with the
 * status resource, which reports progress and, once finished, the outcome. A rejected file's report is problem
 * details with every row-level error ({@code /errors}), or CSV with {@code Accept: text/csv}.
 */
@RestController
@RequestMapping("/api/assessments/uploads")
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead')")
class UploadController {

    private final UploadService uploads;
    private final Diagnostics diagnostics;

    UploadController(UploadService uploads, Diagnostics diagnostics) {
        this.uploads = uploads;
        this.diagnostics = diagnostics;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<UploadView> upload(@RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String academicYear,
            @RequestParam(required = false) @Nullable String assessmentName,
            @RequestParam(required = false) @Nullable String yearGroup,
            @RequestParam(required = false) @Nullable String term,
            @RequestParam(required = false) @Nullable String maxMark,
            @RequestParam(required = false) @Nullable String diagnosticId, TenantScope scope) {
        Assessment assessment = diagnosticId == null || diagnosticId.isBlank()
                ? Assessment.of(kind, academicYear, assessmentName, yearGroup, term, maxMark)
                : diagnostics.assessment(diagnosticId, academicYear, term, scope);
        UploadView upload = uploads.receive(file, assessment, scope);
        return ResponseEntity.accepted().location(URI.create("/api/assessments/uploads/" + upload.id())).body(upload);
    }

    @GetMapping
    List<UploadView> recent(TenantScope scope) {
        return uploads.recent(scope, 50);
    }

    @GetMapping("/{id}")
    UploadView status(@PathVariable String id, TenantScope scope) {
        return uploads.find(id, scope);
    }

    @GetMapping(path = "/{id}/errors", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Map<String, Object>> errors(@PathVariable String id, TenantScope scope) {
        UploadView upload = uploads.find(id, scope);
        List<FieldProblem> errors = uploads.errors(id, scope);
        // The problem the upload had (status 400 in the body), served as the report resource itself: 200.
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Invalid input");
        problem.put("status", 400);
        problem.put("detail", upload.message() == null ? errors.size() + " problems" : upload.message());
        problem.put("instance", "/api/assessments/uploads/" + id);
        problem.put("errors", errors);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping(path = "/{id}/errors", produces = "text/csv")
    ResponseEntity<String> errorsCsv(@PathVariable String id, TenantScope scope) {
        return ErrorCsv.response(id, uploads.errors(id, scope));
    }

    @GetMapping("/history")
    List<SubmissionView> history(@RequestParam String urn, TenantScope scope) {
        return uploads.history(urn, scope);
    }
}
