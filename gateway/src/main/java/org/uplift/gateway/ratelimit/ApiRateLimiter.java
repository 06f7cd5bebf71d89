package org.uplift.gateway.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * A token bucket per client on {@code /api/**}, so one script cannot starve everyone else: the client is its bearer
 * token, else its session, else its address. Over the limit it gets 429 with {@code Retry-After}, as a problem detail.
 * Buckets live in memory per gateway replica; idle ones expire.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
class ApiRateLimiter implements WebFilter, Ordered {

    private final RateLimitProperties limits;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    ApiRateLimiter(RateLimitProperties limits) {
        this.limits = limits;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!limits.enabled() || !request.getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        ConsumptionProbe probe = buckets.get(client(request), key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        long retryAfter = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(retryAfter));
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Slow down: at most " + limits.requestsPerSecond() + " requests a second.\"}")
                .getBytes(StandardCharsets.UTF_8);
        return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
    }

    /** Before security, so refused requests cost nothing more. */
    @Override
    public int getOrder() {
        return -300;
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limits.burst())
                .refillGreedy(limits.requestsPerSecond(), Duration.ofSeconds(1)).build()).build();
    }

    private static String client(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst("Authorization");
        if (authorization != null) {
            return "token:" + authorization.hashCode() + ":" + authorization.length();
        }
        HttpCookie session = request.getCookies().getFirst("SESSION");
        if (session != null) {
            return "session:" + session.getValue();
        }
        return "address:" + (request.getRemoteAddress() == null ? "?" : request.getRemoteAddress().getAddress().getHostAddress());
    }
}
