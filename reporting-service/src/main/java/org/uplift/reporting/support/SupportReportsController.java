package org.uplift.reporting.support;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.uplift.platform.security.TenantScope;
import org.uplift.reporting.view.Report;
import org.uplift.reporting.view.ReportAnswers;

/** CPD uptake and improvement work, as JSON or CSV under /api/reports and as pages under /reports. */
@Controller
@PreAuthorize("hasAnyRole('platform-admin','la-officer','board-member','school-lead')")
class SupportReportsController {

    private final SupportReports reports;

    SupportReportsController(SupportReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/cpd")
    ResponseEntity<?> cpd(@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String table,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept, TenantScope scope) {
        return ReportAnswers.answer(reports.cpd(scope, level, code, year), accept, table);
    }

    @GetMapping("/api/reports/improvement")
    ResponseEntity<?> improvement(@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String table,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept, TenantScope scope) {
        return ReportAnswers.answer(reports.improvement(scope, level, code), accept, table);
    }

    @GetMapping("/reports/cpd")
    String cpdPage(@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String year, TenantScope scope, Model model) {
        return page(reports.cpd(scope, level, code, year), model);
    }

    @GetMapping("/reports/improvement")
    String improvementPage(@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String code,
            TenantScope scope, Model model) {
        return page(reports.improvement(scope, level, code), model);
    }

    @GetMapping("/reports/cpd.csv")
    ResponseEntity<String> cpdCsv(@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String table, TenantScope scope) {
        return ReportAnswers.csv(reports.cpd(scope, level, code, year), table);
    }

    @GetMapping("/reports/improvement.csv")
    ResponseEntity<String> improvementCsv(@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String table, TenantScope scope) {
        return ReportAnswers.csv(reports.improvement(scope, level, code), table);
    }

    private static String page(Report report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("freshness", report.freshness());
        model.addAttribute("charts", org.uplift.reporting.view.Charts.of(report));
        return "reports/report";
    }
}
