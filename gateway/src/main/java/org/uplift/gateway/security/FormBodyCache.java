package org.uplift.gateway.security;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Makes the body of a url-encoded form post replayable before security runs, so the CSRF check can read its
 * {@code _csrf} field and the gateway can still forward the same body to the service. Such forms are small; file
 * uploads (multipart) are not cached.
 */
@Component
class FormBodyCache implements WebFilter, Ordered {

    /** Before Spring Security's filter chain (-100). */
    static final int ORDER = -200;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (exchange.getRequest().getMethod() == HttpMethod.GET || type == null
                || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return chain.filter(exchange);
        }
        return ServerWebExchangeUtils.cacheRequestBody(exchange,
                cached -> chain.filter(exchange.mutate().request(cached).build()));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
