package org.uplift.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.uplift.platform.security.TenantScope;

/**
 * Gives every page what the layout needs: the signed-in user and the gateway's CSRF token. The gateway holds the
 * session and checks CSRF on form posts; it passes the current token in {@value #CSRF_HEADER} so a service can
 * put it into the forms it renders.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    static final String CSRF_HEADER = "X-CSRF-TOKEN";

    @ModelAttribute("user")
    @Nullable TenantScope user(@Nullable Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken token
                ? TenantScope.fromClaims(token.getToken().getClaims()) : null;
    }

    @ModelAttribute("csrfToken")
    String csrfToken(@RequestHeader(name = CSRF_HEADER, required = false) @Nullable String token) {
        return token == null ? "" : token;
    }
}
