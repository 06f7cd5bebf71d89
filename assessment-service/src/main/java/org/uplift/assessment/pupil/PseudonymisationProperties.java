package org.uplift.assessment.pupil;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HMAC key ({@code uplift.pseudonymisation.key}, from {@code PSEUDONYMISATION_KEY}). There is deliberately no
 * default: a service that could start without it would pseudonymise with a guessable key.
 */
@ConfigurationProperties("uplift.pseudonymisation")
record PseudonymisationProperties(@Nullable String key) {

    static final int MIN_KEY_BYTES = 32;

    PseudonymisationProperties {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("No pseudonymisation key: set PSEUDONYMISATION_KEY (uplift.pseudonymisation.key) "
                    + "to a secret of at least " + MIN_KEY_BYTES + " bytes. assessment-service refuses to start without it.");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length < MIN_KEY_BYTES) {
            throw new IllegalStateException("The pseudonymisation key (PSEUDONYMISATION_KEY) must be at least "
                    + MIN_KEY_BYTES + " bytes long.");
        }
    }
}
