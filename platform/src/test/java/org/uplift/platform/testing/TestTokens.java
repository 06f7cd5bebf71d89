package org.uplift.platform.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.UpliftTokens;

/**
 * Signs access tokens shaped like the realm's (flat claims, {@code uplift-api} audience) with a key made for the test
 * run, and gives services a decoder that trusts that key but validates exactly as production does.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8180/realms/uplift";
    public static final String AUDIENCE = "uplift-api";

    private static final RSAKey KEY = generate();

    private final Map<String, Object> claims = new LinkedHashMap<>();
    private String issuer = ISSUER;
    private List<String> audience = List.of(AUDIENCE, "account");

    private TestTokens(String username) {
        claims.put("sub", UUID.nameUUIDFromBytes(username.getBytes()).toString());
        claims.put("preferred_username", username);
        claims.put("name", username);
    }

    public static TestTokens user(String username, Role... roles) {
        TestTokens token = new TestTokens(username);
        List<String> names = new ArrayList<>();
        for (Role role : roles) {
            names.add(role.claim());
        }
        token.claims.put("roles", names);
        return token;
    }

    /** The dev realm's {@code leicester.officer}: LA officer for Leicester (856) in the East Midlands. */
    public static TestTokens leicesterOfficer() {
        return user("leicester.officer", Role.LA_OFFICER).laCodes("856").region("E12000004");
    }

    public static TestTokens blackpoolOfficer() {
        return user("blackpool.officer", Role.LA_OFFICER).laCodes("890").region("E12000002");
    }

    public static TestTokens admin() {
        return user("platform.admin", Role.PLATFORM_ADMIN);
    }

    public TestTokens laCodes(String... codes) {
        claims.put("la_codes", List.of(codes));
        return this;
    }

    public TestTokens region(String region) {
        claims.put("region", region);
        return this;
    }

    public TestTokens hub(String hub) {
        claims.put("hub", hub);
        return this;
    }

    public TestTokens urn(String urn) {
        claims.put("urn", urn);
        return this;
    }

    /** Keycloak's standard {@code email} claim. */
    public TestTokens email(String email) {
        claims.put("email", email);
        return this;
    }

    public TestTokens issuer(String otherIssuer) {
        this.issuer = otherIssuer;
        return this;
    }

    public TestTokens audience(String... otherAudience) {
        this.audience = List.of(otherAudience);
        return this;
    }

    /** The compact JWS, ready for an {@code Authorization: Bearer} header. */
    public String jwt() {
        Instant now = Instant.now();
        JWTClaimsSet.Builder body = new JWTClaimsSet.Builder()
                .issuer(issuer).audience(audience).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).jwtID(UUID.randomUUID().toString());
        claims.forEach(body::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                body.build());
        try {
            jwt.sign(new RSASSASigner(KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    public String bearer() {
        return "Bearer " + jwt();
    }

    public static JwtDecoder decoder() {
        try {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            decoder.setJwtValidator(UpliftTokens.validator(ISSUER, AUDIENCE));
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the JWKS-backed decoder, keeping the production validators. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class DecoderConfiguration {

        @Bean
        JwtDecoder testJwtDecoder() {
            return decoder();
        }
    }
}
