package org.uplift.schools.localauthority;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public reference data: any signed-in user may read it. */
@RestController
class LocalAuthorityController {

    private final LocalAuthorities authorities;

    LocalAuthorityController(LocalAuthorities authorities) {
        this.authorities = authorities;
    }

    @GetMapping("/api/regions")
    List<Region> regions() {
        return authorities.regions().stream().sorted(Comparator.comparing(Region::code)).toList();
    }

    @GetMapping("/api/local-authorities")
    List<LocalAuthority> localAuthorities(@RequestParam(required = false) String region) {
        Collection<LocalAuthority> all = region == null ? authorities.all() : authorities.inRegion(region);
        return all.stream().sorted(Comparator.comparing(LocalAuthority::code)).toList();
    }
}
