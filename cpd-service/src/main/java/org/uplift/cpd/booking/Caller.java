package org.uplift.cpd.booking;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The caller's email from the access token (Keycloak's standard {@code email} claim), for self-booking. */
final class Caller {

    private Caller() {
    }

    static @Nullable String email() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            String email = token.getToken().getClaimAsString("email");
            return email == null || email.isBlank() ? null : email;
        }
        return null;
    }
}
