package org.uplift.assessment.school;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What this service needs to know about a school: which LA and region it belongs to, and whether it is open. */
@Document("schools")
public record KnownSchool(@Id String urn, String laCode, String regionCode, String name, String status) {
}
