package org.uplift.schools.watchlist;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;

/** The LA watchlist page; an officer of several LAs picks one, an admin names it. */
@Controller
@PreAuthorize("hasAnyRole('platform-admin','la-officer')")
class WatchlistPage {

    private final WatchlistService watchlists;

    WatchlistPage(WatchlistService watchlists) {
        this.watchlists = watchlists;
    }

    @GetMapping("/schools/watchlist")
    String watchlist(@RequestParam(required = false) @Nullable String la, TenantScope scope, Model model) {
        String laCode = la != null && !la.isBlank() ? la.strip()
                : scope.laCodes().isEmpty() ? null : scope.laCodes().iterator().next();
        model.addAttribute("laCodes", scope.laCodes());
        if (laCode == null) {
            model.addAttribute("la", "");
            return "schools/watchlist";
        }
        try {
            model.addAttribute("watchlist", watchlists.forLa(laCode, scope));
        } catch (NotFoundException e) {
            model.addAttribute("notFound", "There is no local authority " + laCode + " that you can see");
        }
        model.addAttribute("la", laCode);
        return "schools/watchlist";
    }
}
