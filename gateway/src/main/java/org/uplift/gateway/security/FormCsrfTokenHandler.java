package org.uplift.gateway.security;

import org.springframework.http.MediaType;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Reads the CSRF token where our no-JavaScript forms put it: the {@code _csrf} field of url-encoded forms (as
 * Spring Security does) and, for file uploads, the {@code _csrf} query parameter of the form's action. The gateway
 * must not read multipart bodies itself: they are streamed through to the service untouched.
 */
class FormCsrfTokenHandler extends ServerCsrfTokenRequestAttributeHandler {

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken token) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type != null && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
            String fromAction = exchange.getRequest().getQueryParams().getFirst(token.getParameterName());
            if (fromAction != null) {
                return Mono.just(fromAction);
            }
        }
        return super.resolveCsrfTokenValue(exchange, token);
    }
}
