package org.uplift.gateway.security;

import java.net.URI;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;


/**
 * Two kinds of caller. Browsers log in through Keycloak (authorization code + PKCE with the confidential client),
 * keep a server-side session, must send the CSRF token with every form post, and have their access token relayed
 * to the services. API clients bring their own bearer token on {@code /api/**}: the gateway keeps no session for
 * them and leaves validation to each service, which checks every token itself anyway.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(OidcProperties.class)
class GatewaySecurityConfiguration {

    private static final String[] PUBLIC_PATHS = {
            "/assets/**", "/govuk/**", "/uplift/**", "/favicon.ico",
            "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/api-docs", "/api-docs/**", "/openapi/**", "/v3/api-docs/**", "/webjars/**"
    };

    @Bean
    LazyClientRegistrations clientRegistrations(OidcProperties oidc) {
        return new LazyClientRegistrations(oidc);
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain apiClientChain(ServerHttpSecurity http) {
        ServerWebExchangeMatcher bearerApiCall = new AndServerWebExchangeMatcher(
                ServerWebExchangeMatchers.pathMatchers("/api/**"),
                exchange -> hasBearerToken(exchange.getRequest().getHeaders().getFirst("Authorization"))
                        ? ServerWebExchangeMatcher.MatchResult.match()
                        : ServerWebExchangeMatcher.MatchResult.notMatch());
        // The hot path: nothing to authenticate or authorize (each service validates the token), and no session,
        // CSRF, saved request or logout; only the security headers stay.
        return http.securityMatcher(bearerApiCall)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .build();
    }

    /**
     * No observation per security filter, authorization and authentication: on a proxy they cost more than the
     * request's own work and say little; each request is still observed as a whole (metrics and its trace).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ServerWebExchangeFirewall firewall() {
        return ExchangeFirewall.strict();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain browserChain(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
            OidcProperties oidc) {
        DefaultServerOAuth2AuthorizationRequestResolver pkce = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        OidcClientInitiatedServerLogoutSuccessHandler endKeycloakSession =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");

        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC_PATHS).permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> login.authorizationRequestResolver(pkce))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint())
                        .accessDeniedHandler(new RefusedRequestPage()))
                .csrf(csrf -> csrf
                        .accessDeniedHandler(new RefusedRequestPage())
                        .csrfTokenRepository(new CookieServerCsrfTokenRepository())
                        // Not XOR-masked: services echo the cookie's token into their forms without JavaScript.
                        .csrfTokenRequestHandler(new FormCsrfTokenHandler()))
                .logout(logout -> logout.logoutSuccessHandler(endKeycloakSession))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(oidc.issuerUri())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicy(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .build();
    }

    /** Pages redirect to the login; API calls get a plain 401 a script can act on. */
    private static DelegatingServerAuthenticationEntryPoint entryPoint() {
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(ServerWebExchangeMatchers.pathMatchers("/api/**"),
                        new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED)));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(
                "/oauth2/authorization/" + LazyClientRegistrations.REGISTRATION_ID));
        return entryPoint;
    }

    /** Form posts may only go to us, or to Keycloak when logout redirects there. */
    static String contentSecurityPolicy(String issuerUri) {
        URI issuer = URI.create(issuerUri);
        String keycloak = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + keycloak;
    }

    private static boolean hasBearerToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
