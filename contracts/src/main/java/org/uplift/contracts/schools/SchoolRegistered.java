package org.uplift.contracts.schools;

/** A school joined the platform. */
public record SchoolRegistered(SchoolSnapshot school) {
}
