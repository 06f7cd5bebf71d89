package org.uplift.platform.events;

/** A record that is not a readable event envelope: retrying cannot help, so it goes straight to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
