package org.uplift.assessment.pupil;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Turns a raw UPN into a {@link PupilId} (keyed HMAC-SHA-256), or says why it is not a UPN. The raw value goes no
 * further than this class: callers get either the pseudonym or a reason that does not repeat the value.
 */
@Component
@EnableConfigurationProperties(PseudonymisationProperties.class)
public class Pseudonymiser {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    Pseudonymiser(PseudonymisationProperties properties) {
        this.key = new SecretKeySpec(properties.key().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The pseudonym, or the reason the value is not a valid UPN. */
    public Result pseudonymise(String rawUpn) {
        Optional<String> problem = Upn.problem(rawUpn);
        if (problem.isPresent()) {
            return new Result(null, problem.get());
        }
        return new Result(of(Upn.parse(rawUpn)), null);
    }

    PupilId of(Upn upn) {
        byte[] hash = macs.get().doFinal(upn.value().getBytes(StandardCharsets.US_ASCII));
        return new PupilId(HexFormat.of().formatHex(hash));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }

    /** Exactly one of {@code pupil} and {@code problem} is set. */
    public record Result(@org.jspecify.annotations.Nullable PupilId pupil, @org.jspecify.annotations.Nullable String problem) {

        public boolean valid() {
            return pupil != null;
        }
    }
}
