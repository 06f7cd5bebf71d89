package org.uplift.assessment.pupil;

/** A pupil's pseudonym: hex HMAC-SHA-256 of the normalised UPN under the platform key. Stable across uploads. */
public record PupilId(String value) {
}
