package org.uplift.schools.school;

import java.io.IOException;
import java.io.StringWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
import org.springframework.web.multipart.MultipartFile;
import org.uplift.platform.problem.FieldProblem;
import org.uplift.platform.security.TenantScope;

/** Upload a GIAS extract, follow its progress, and see or download every problem with it. */
@Controller
@PreAuthorize("hasAnyRole('platform-admin','la-officer')")
class SchoolImportPages {

    private final ImportJobs jobs;

    SchoolImportPages(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/schools/import")
    String form() {
        return "schools/import";
    }

    @PostMapping(path = "/schools/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, TenantScope scope, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Select a CSV file");
            return "schools/import";
        }
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        return "redirect:/schools/imports/" + jobs.start(file.getBytes(), name, scope);
    }

    @GetMapping("/schools/imports/{id}")
    String status(@PathVariable String id, TenantScope scope, Model model) {
        model.addAttribute("job", jobs.find(id, scope));
        return "schools/import-status";
    }

    @GetMapping("/schools/imports/{id}/problems.csv")
    ResponseEntity<String> problems(@PathVariable String id, TenantScope scope) throws IOException {
        ImportStatus job = jobs.find(id, scope);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("Row", "Column", "Problem").get())) {
            for (FieldProblem problem : job.problems()) {
                csv.printRecord(problem.row(), problem.field(), problem.message());
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-problems.csv\"")
                .body(out.toString());
    }
}
