package org.uplift.reporting.schools;

/** A school as the school topic last described it: what other read models need to name and place it. */
public record KnownSchool(String urn, String name, String laCode, String regionCode) {
}
