package org.uplift.reporting.results;

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

/** Attainment and gaps, as JSON or CSV ({@code Accept: text/csv}) under /api/reports and as pages under /reports. */
@Controller
@PreAuthorize("hasAnyRole('platform-admin','la-officer','board-member','school-lead')")
class ResultsReportsController {

    private final ResultsReports reports;
    private final ImpactReports impact;

    ResultsReportsController(ResultsReports reports, ImpactReports impact) {
        this.reports = reports;
        this.impact = impact;
    }

    @GetMapping("/api/reports/impact")
    ResponseEntity<?> impact(@RequestParam String project, @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String table,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept, TenantScope scope) {
        return ReportAnswers.answer(impact.impact(scope, project, year), accept, table);
    }

    @GetMapping("/reports/impact")
    String impactPage(@RequestParam String project, @RequestParam(required = false) @Nullable String year, TenantScope scope, Model model) {
        return page(impact.impact(scope, project, year), model);
    }

    @GetMapping("/reports/impact.csv")
    ResponseEntity<String> impactCsv(@RequestParam String project, @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String table, TenantScope scope) {
        return ReportAnswers.csv(impact.impact(scope, project, year), table);
    }

    @GetMapping("/api/reports/attainment")
    ResponseEntity<?> attainment(@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String table,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept, TenantScope scope) {
        return ReportAnswers.answer(reports.attainment(scope, level, code, year), accept, table);
    }

    @GetMapping("/api/reports/gaps")
    ResponseEntity<?> gaps(@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String table,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept, TenantScope scope) {
        return ReportAnswers.answer(reports.gaps(scope, level, code, year), accept, table);
    }

    @GetMapping("/reports/attainment")
    String attainmentPage(@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String year, TenantScope scope, Model model) {
        return page(reports.attainment(scope, level, code, year), model);
    }

    @GetMapping("/reports/gaps")
    String gapsPage(@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String year, TenantScope scope, Model model) {
        return page(reports.gaps(scope, level, code, year), model);
    }

    @GetMapping("/reports/attainment.csv")
    ResponseEntity<String> attainmentCsv(@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String table, TenantScope scope) {
        return ReportAnswers.csv(reports.attainment(scope, level, code, year), table);
    }

    @GetMapping("/reports/gaps.csv")
    ResponseEntity<String> gapsCsv(@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String table, TenantScope scope) {
        return ReportAnswers.csv(reports.gaps(scope, level, code, year), table);
    }

    private static String page(Report report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("freshness", report.freshness());
        model.addAttribute("charts", org.uplift.reporting.view.Charts.of(report));
        return "reports/report";
    }
}
