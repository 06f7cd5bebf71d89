package org.uplift.cpd.school;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What cpd-service needs to know of a school: its LA and whether it is open. */
@Document("schools")
class KnownSchool {

    @Id
    String urn;
    String laCode;
    String name;
    boolean open;

    KnownSchool(String urn, String laCode, String name, boolean open) {
        this.urn = urn;
        this.laCode = laCode;
        this.name = name;
        this.open = open;
    }
}
