package org.uplift.gateway.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;
import org.uplift.platform.security.TenantScope;

import reactor.core.publisher.Mono;

/** The page a user lands on after login: who they are, their tenant, and the four areas. */
@Controller
class HomePage {

    @GetMapping("/")
    Mono<String> show(@AuthenticationPrincipal OidcUser user, Model model, ServerWebExchange exchange) {
        model.addAttribute("user", TenantScope.fromClaims(user.getClaims()));
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return (token == null ? Mono.just("") : token.map(CsrfToken::getToken).defaultIfEmpty(""))
                .map(csrf -> {
                    model.addAttribute("csrfToken", csrf);
                    return "home/index";
                });
    }
}
