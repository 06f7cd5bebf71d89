package org.uplift.platform.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Registers {@link ConcurrentRequestLimit} first in every servlet service's filter chain. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConcurrentRequestLimitConfiguration {

    @Bean
    FilterRegistrationBean<ConcurrentRequestLimit> concurrentRequestLimit(
            @Value("${uplift.web.max-concurrent-requests:64}") int maxConcurrent,
            @Value("${uplift.web.max-request-wait:30s}") Duration maxWait) {
        FilterRegistrationBean<ConcurrentRequestLimit> registration =
                new FilterRegistrationBean<>(new ConcurrentRequestLimit(maxConcurrent, maxWait));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
