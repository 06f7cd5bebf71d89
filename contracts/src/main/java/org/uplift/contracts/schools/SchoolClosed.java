package org.uplift.contracts.schools;

/** A school closed; it stays on the platform for history. */
public record SchoolClosed(SchoolSnapshot school) {
}
