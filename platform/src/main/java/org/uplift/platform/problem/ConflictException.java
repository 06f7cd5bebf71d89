package org.uplift.platform.problem;

/** Answered 409: the request is valid but clashes with the current state (e.g. a duplicate). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
