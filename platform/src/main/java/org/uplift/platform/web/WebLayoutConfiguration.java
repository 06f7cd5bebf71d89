package org.uplift.platform.web;

import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The shared page layout for servlet services: GOV.UK Frontend assets and the layout's model. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(LayoutModelAdvice.class)
class WebLayoutConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        registry.addResourceHandler(GovukAssets.ASSETS_PATTERN).addResourceLocations(GovukAssets.assetsLocation())
                .setCacheControl(week);
        registry.addResourceHandler(GovukAssets.FRONTEND_PATTERN).addResourceLocations(GovukAssets.frontendLocation())
                .setCacheControl(week);
    }
}
