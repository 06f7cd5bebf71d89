package org.uplift.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Services render the forms but the gateway checks them, so the gateway tells each service the session's current
 * CSRF token in {@value #HEADER}. Subscribing to the token also makes sure a new one is saved in its cookie on the
 * first page a browser sees. Whatever a client sent in that header is discarded.
 */
@Component
class CsrfTokenForwarder implements WebFilter {

    static final String HEADER = "X-CSRF-TOKEN";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return chain.filter(withoutClientHeader(exchange));
        }
        return token.map(csrf -> exchange.mutate()
                        .request(request -> request.headers(headers -> headers.set(HEADER, csrf.getToken())))
                        .build())
                .defaultIfEmpty(withoutClientHeader(exchange))
                .flatMap(chain::filter);
    }

    private static ServerWebExchange withoutClientHeader(ServerWebExchange exchange) {
        if (!exchange.getRequest().getHeaders().containsHeader(HEADER)) {
            return exchange;
        }
        return exchange.mutate().request(request -> request.headers(headers -> headers.remove(HEADER))).build();
    }
}
