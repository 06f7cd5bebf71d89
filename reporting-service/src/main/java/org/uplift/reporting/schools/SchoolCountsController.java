package org.uplift.reporting.schools;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.security.TenantScope;
import org.uplift.reporting.freshness.Freshness;

/** How many schools are on the platform, per region or per LA, as JSON and as a page. */
@Controller
@PreAuthorize("hasAnyRole('platform-admin','la-officer','board-member','school-lead','hub-lead')")
class SchoolCountsController {

    private final SchoolDirectory directory;
    private final Freshness freshness;

    SchoolCountsController(SchoolDirectory directory, Freshness freshness) {
        this.directory = directory;
        this.freshness = freshness;
    }

    record SchoolCounts(String level, @Nullable Instant freshness, List<SchoolCount> rows) {
    }

    @GetMapping("/api/reports/schools")
    @ResponseBody
    SchoolCounts counts(@RequestParam(defaultValue = "la") String level, TenantScope scope) {
        return switch (level) {
            case "la" -> new SchoolCounts(level, freshness.lastEventAt(), directory.perLocalAuthority(SchoolCountsScope.of(scope)));
            case "region" -> new SchoolCounts(level, freshness.lastEventAt(), directory.perRegion(SchoolCountsScope.of(scope)));
            default -> throw InvalidInputException.of("level", "level must be region or la");
        };
    }

    @GetMapping("/reports/schools")
    String page(TenantScope scope, Model model) {
        model.addAttribute("regions", directory.perRegion(SchoolCountsScope.of(scope)));
        model.addAttribute("authorities", directory.perLocalAuthority(SchoolCountsScope.of(scope)));
        model.addAttribute("freshness", freshness.lastEventAt());
        return "reports/schools";
    }
}
