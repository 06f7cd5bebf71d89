package org.uplift.schools.watchlist;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.security.TenantScope;

@RestController
@PreAuthorize("hasAnyRole('platform-admin','la-officer')")
class WatchlistController {

    private final WatchlistService watchlists;

    WatchlistController(WatchlistService watchlists) {
        this.watchlists = watchlists;
    }

    @GetMapping("/api/local-authorities/{laCode}/watchlist")
    Watchlist watchlist(@PathVariable String laCode, TenantScope scope) {
        return watchlists.forLa(laCode, scope);
    }
}
