package org.uplift.platform.problem;

/**
 * Answered 404. Also what a caller gets for another tenant's resource, so that existence does not leak.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " " + id + " that you can see.");
    }
}
