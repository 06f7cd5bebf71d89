package org.uplift.gateway.security;

import java.time.Duration;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The Keycloak client registration, discovered from the issuer on first use rather than at start-up, so the
 * gateway starts (and reports ready) independently of Keycloak, and a failed discovery is retried on the next
 * login instead of being cached.
 */
class LazyClientRegistrations implements ReactiveClientRegistrationRepository {

    static final String REGISTRATION_ID = "keycloak";

    private final OidcProperties oidc;
    private volatile ClientRegistration registration;

    LazyClientRegistrations(OidcProperties oidc) {
        this.oidc = oidc;
    }

    @Override
    public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return Mono.empty();
        }
        ClientRegistration known = registration;
        if (known != null) {
            return Mono.just(known);
        }
        return Mono.fromCallable(this::discover).subscribeOn(Schedulers.boundedElastic()).timeout(Duration.ofSeconds(10));
    }

    private ClientRegistration discover() {
        ClientRegistration discovered = ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        registration = discovered;
        return discovered;
    }
}
