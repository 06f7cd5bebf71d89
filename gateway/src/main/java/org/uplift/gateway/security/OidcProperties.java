package org.uplift.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The Keycloak realm and the gateway's confidential client. */
@ConfigurationProperties("uplift.gateway.oidc")
record OidcProperties(String issuerUri, String clientId, String clientSecret) {
}
