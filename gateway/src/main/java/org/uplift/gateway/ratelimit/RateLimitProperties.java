package org.uplift.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Requests per second each client may sustain on {@code /api/**}, and the burst it may use at once. */
@ConfigurationProperties("uplift.gateway.rate-limit")
record RateLimitProperties(boolean enabled, long requestsPerSecond, long burst) {
}
