package org.uplift.platform.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: the caller's identity and tenant scope, as this service understood the token. */
@RestController
class MeController {

    @GetMapping("/api/me")
    TenantScope me(TenantScope scope) {
        return scope;
    }
}
