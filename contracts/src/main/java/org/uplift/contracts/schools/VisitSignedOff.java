package org.uplift.contracts.schools;

import java.time.LocalDate;

/** A support visit record passed quality assurance (NLE sign-off). */
public record VisitSignedOff(String visitId, String urn, String laCode, String regionCode, String signedOffBy,
        LocalDate signedOffOn) {
}
