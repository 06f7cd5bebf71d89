package org.uplift.reporting.home;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.uplift.reporting.freshness.Freshness;

/** The reports landing page: what can be looked at, and how current it is. */
@Controller
@PreAuthorize("hasAnyRole('platform-admin','la-officer','board-member','school-lead','hub-lead')")
class ReportsHome {

    private final Freshness freshness;

    ReportsHome(Freshness freshness) {
        this.freshness = freshness;
    }

    @GetMapping("/reports")
    String show(Model model) {
        model.addAttribute("freshness", freshness.lastEventAt());
        return "reports/index";
    }
}
