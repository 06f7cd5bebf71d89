package org.uplift.gateway.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Finds the CSRF token where our no-JavaScript forms put it, without ever consuming a body the gateway must still
 * forward: the header (scripts), the {@code _csrf} field of url-encoded forms read from the body that
 * {@link FormBodyCache} cached (read in place: decoding it with a codec would release the buffer), and, for file uploads, the {@code _csrf} query parameter of the form's
 * action (multipart bodies are streamed through untouched). Spring's default reads
 * {@code ServerWebExchange.getFormData()}, which drains the body so the proxied request would hang.
 */
class FormCsrfTokenHandler extends ServerCsrfTokenRequestAttributeHandler {

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
        DataBuffer cached = exchange.getAttribute(ServerWebExchangeUtils.CACHED_REQUEST_BODY_ATTR);
        if (MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type) && cached != null) {
            return Mono.justOrEmpty(field(cached, token.getParameterName()));
        }
        return Mono.empty();
    }

    /**
     * Reads one field of the cached url-encoded body without consuming or releasing the buffer, which the gateway
     * forwards afterwards.
     */
    static @Nullable String field(DataBuffer body, String name) {
        String form = body.toString(body.readPosition(), body.readableByteCount(), StandardCharsets.UTF_8);
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
