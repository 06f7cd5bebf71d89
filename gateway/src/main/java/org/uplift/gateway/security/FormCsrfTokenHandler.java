package org.uplift.gateway.security;

import java.util.Map;

import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.codec.FormHttpMessageReader;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Finds the CSRF token where our no-JavaScript forms put it, without ever consuming a body the gateway must still
 * forward: the header (scripts), the {@code _csrf} field of url-encoded forms read from the body that
 * {@link FormBodyCache} made replayable, and, for file uploads, the {@code _csrf} query parameter of the form's
 * action (multipart bodies are streamed through untouched). Spring's default reads
 * {@code ServerWebExchange.getFormData()}, which drains the body so the proxied request would hang.
 */
class FormCsrfTokenHandler extends ServerCsrfTokenRequestAttributeHandler {

    private static final FormHttpMessageReader FORMS = new FormHttpMessageReader();

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken token) {
        String header = exchange.getRequest().getHeaders().getFirst(token.getHeaderName());
        if (header != null) {
            return Mono.just(header);
        }
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type == null) {
            return Mono.empty();
        }
        if (MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
            return Mono.justOrEmpty(exchange.getRequest().getQueryParams().getFirst(token.getParameterName()));
        }
        if (MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return FORMS.readMono(ResolvableType.forClass(MultiValueMap.class), exchange.getRequest(), Map.of())
                    .mapNotNull(form -> form.getFirst(token.getParameterName()));
        }
        return Mono.empty();
    }
}
