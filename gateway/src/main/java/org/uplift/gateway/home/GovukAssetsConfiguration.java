package org.uplift.gateway.home;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.uplift.platform.web.GovukAssets;

/** The gateway serves GOV.UK Frontend itself: every page, whichever service renders it, loads it from here. */
@Configuration(proxyBeanMethods = false)
class GovukAssetsConfiguration implements WebFluxConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        registry.addResourceHandler(GovukAssets.ASSETS_PATTERN).addResourceLocations(GovukAssets.assetsLocation())
                .setCacheControl(week);
        registry.addResourceHandler(GovukAssets.FRONTEND_PATTERN).addResourceLocations(GovukAssets.frontendLocation())
                .setCacheControl(week);
    }
}
