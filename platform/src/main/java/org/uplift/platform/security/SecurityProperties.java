package org.uplift.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where tokens come from and whom they must be for; defaults in {@code uplift-defaults.yml}. */
@ConfigurationProperties("uplift.security")
record SecurityProperties(String issuerUri, String jwkSetUri, String audience) {
}
