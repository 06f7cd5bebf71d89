package org.uplift.reporting.schools;

import java.util.Optional;

/** Names and places schools for the other read models, from the school directory. */
public interface SchoolLookup {

    Optional<KnownSchool> school(String urn);
}
