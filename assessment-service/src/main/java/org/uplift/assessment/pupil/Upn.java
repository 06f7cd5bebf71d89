package org.uplift.assessment.pupil;

import java.util.Locale;
import java.util.Optional;

/**
 * A unique pupil number as DESIGN.md defines it: 13 characters, a check letter then 12 characters (LA code,
 * establishment number, year, serial; the last may be a letter for temporary UPNs). Characters k = 2..13 are
 * weighted by k (digits at face value, a letter in position 13 by its index in {@link #LETTERS}); the sum mod 23
 * indexes {@link #LETTERS} to give the check letter. {@link #toString()} never reveals the value.
 */
public final class Upn {

    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private final String value;

    private Upn(String value) {
        this.value = value;
    }

    /** The reason {@code raw} is not a valid UPN, written without echoing it; empty when it is valid. */
    public static Optional<String> problem(String raw) {
        String upn = raw.strip().toUpperCase(Locale.ROOT);
        if (upn.isEmpty()) {
            return Optional.of("Enter the UPN");
        }
        if (upn.length() != 13) {
            return Optional.of("UPN must be 13 characters (it has " + upn.length() + ")");
        }
        if (LETTERS.indexOf(upn.charAt(0)) < 0) {
            return Optional.of("UPN must start with a check letter");
        }
        for (int i = 1; i < 12; i++) {
            if (!Character.isDigit(upn.charAt(i)) || upn.charAt(i) > '9') {
                return Optional.of("UPN characters 2 to 12 must be digits");
            }
        }
        char last = upn.charAt(12);
        if (!(last >= '0' && last <= '9') && LETTERS.indexOf(last) < 0) {
            return Optional.of("UPN character 13 must be a digit or a letter (temporary UPN)");
        }
        if (checkLetter(upn.substring(1)) != upn.charAt(0)) {
            return Optional.of("UPN check letter is wrong");
        }
        return Optional.empty();
    }

    static Upn parse(String raw) {
        problem(raw).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        return new Upn(raw.strip().toUpperCase(Locale.ROOT));
    }

    /** The check letter for the 12 characters after it. */
    static char checkLetter(String last12) {
        int sum = 0;
        for (int k = 2; k <= 13; k++) {
            char c = last12.charAt(k - 2);
            int v = c >= '0' && c <= '9' ? c - '0' : LETTERS.indexOf(c);
            sum += v * k;
        }
        return LETTERS.charAt(sum % 23);
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "Upn[redacted]";
    }
}
