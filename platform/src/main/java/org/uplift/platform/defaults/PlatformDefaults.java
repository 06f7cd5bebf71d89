package org.uplift.platform.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code uplift-defaults.yml} as the lowest-precedence property source, so every application gets the same
 * actuator, tracing, Kafka and security settings without repeating them, and can still override any of them in its
 * own {@code application.yml} or through the environment.
 */
class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "uplift-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load("uplift-defaults", new ClassPathResource(RESOURCE))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
