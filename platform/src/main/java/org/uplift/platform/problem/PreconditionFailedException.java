package org.uplift.platform.problem;

/** Answered 412: the {@code If-Match} version is stale or missing, so nothing was changed. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
