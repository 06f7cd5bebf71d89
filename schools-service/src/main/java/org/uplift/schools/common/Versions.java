package org.uplift.schools.common;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.uplift.platform.problem.PreconditionFailedException;

/**
 * Optimistic concurrency at the edge: updates must name the version they were based on ({@code If-Match} from the
 * API, a hidden field from pages). A missing version is 428 Precondition Required; a stale one is 412, and nothing is
 * changed, so the caller can reload and reapply without losing anyone's work.
 */
public final class Versions {

    private Versions() {
    }

    /** The version an {@code If-Match} header names: {@code "3"}, {@code W/"3"} or a bare {@code 3}. */
    public static long fromIfMatch(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you are changing");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match " + ifMatch + " is not a version of this record");
        }
    }

    public static void check(long expected, @Nullable Long actual) {
        long current = actual == null ? 0 : actual;
        if (expected != current) {
            throw stale();
        }
    }

    public static PreconditionFailedException stale() {
        return new PreconditionFailedException(
                "Someone else changed this record since you loaded it. Reload it, then make your change again.");
    }
}
