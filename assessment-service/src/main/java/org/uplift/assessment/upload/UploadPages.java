package org.uplift.assessment.upload;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;

/**
 * The assessment pages, plain forms that work without JavaScript: the area's home with recent uploads, the upload
 * form, the status page (refreshing itself while the file is processed) and the error report download.
 */
@Controller
class UploadPages {

    private final UploadService uploads;
    private final Diagnostics diagnostics;

    UploadPages(UploadService uploads, Diagnostics diagnostics) {
        this.uploads = uploads;
        this.diagnostics = diagnostics;
    }

    @GetMapping("/assessments")
    String home(TenantScope scope, Model model) {
        boolean uploader = scope.hasAny(Role.PLATFORM_ADMIN, Role.LA_OFFICER, Role.SCHOOL_LEAD);
        model.addAttribute("canUpload", uploader);
        model.addAttribute("uploads", uploader ? uploads.recent(scope, 20) : java.util.List.of());
        model.addAttribute("history", uploader && scope.urn() != null ? uploads.history(scope.urn(), scope) : java.util.List.of());
        return "assessments/index";
    }

    @GetMapping("/assessments/uploads/new")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead')")
    String newUpload(TenantScope scope, Model model) {
        model.addAttribute("form", UploadForm.empty());
        model.addAttribute("diagnostics", diagnostics.visible(scope));
        return "assessments/upload";
    }

    @PostMapping("/assessments/uploads")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead')")
    String upload(@ModelAttribute("form") UploadForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable MultipartFile file, TenantScope scope, Model model) {
        model.addAttribute("diagnostics", diagnostics.visible(scope));
        try {
            boolean catalogued = "DIAGNOSTIC".equals(form.kind()) && form.diagnosticId() != null && !form.diagnosticId().isBlank();
            Assessment assessment = catalogued
                    ? diagnostics.assessment(form.diagnosticId(), form.academicYear(), form.term(), scope)
                    : Assessment.of(form.kind(), form.academicYear(), form.assessmentName(), form.yearGroup(),
                            form.term(), form.maxMark());
            return "redirect:/assessments/uploads/" + uploads.receive(file, assessment, scope).id();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field().equals("file") ? "fileChoice" : p.field(), "invalid",
                    p.message()));
            return "assessments/upload";
        }
    }

    @GetMapping("/assessments/uploads/{id}")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead')")
    String status(@PathVariable String id, TenantScope scope, Model model, HttpServletResponse response) {
        UploadView upload = uploads.find(id, scope);
        if (!upload.finished()) {
            // The Refresh header rather than <meta http-equiv="refresh">: same effect without JavaScript, and axe's
            // meta-refresh rule (WCAG 2.2.1) only objects to the element.
            response.setHeader("Refresh", "2");
        }
        model.addAttribute("upload", upload);
        return "assessments/status";
    }

    @GetMapping(path = "/assessments/template.csv")
    ResponseEntity<String> template() {
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"uplift-results-template.csv\"")
                .body(TEMPLATE);
    }

    static final String TEMPLATE = "upn,urn,year_group,disadvantaged,sen_provision,eal,ethnicity,sex,"
            + "ks2_reading,ks2_maths,ks4_maths,ks4_english,mark\r\n";

    @GetMapping("/assessments/uploads/{id}/errors.csv")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead')")
    ResponseEntity<String> errors(@PathVariable String id, TenantScope scope) {
        return ErrorCsv.response(id, uploads.errors(id, scope));
    }
}
