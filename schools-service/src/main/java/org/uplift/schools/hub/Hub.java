package org.uplift.schools.hub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.schools.audit.AuditEntry;

/** A Maths Hub: led by one school, serving several LAs (across LA boundaries). */
@Document("hubs")
class Hub {

    @Id
    String code;
    String name;
    String leadSchoolUrn;
    List<String> servedLaCodes;
    @Version
    @Nullable Long version;
    List<AuditEntry> audit = new ArrayList<>();

    Hub(String code, String name, String leadSchoolUrn, List<String> servedLaCodes) {
        this.code = code;
        this.name = name;
        this.leadSchoolUrn = leadSchoolUrn;
        this.servedLaCodes = servedLaCodes;
    }

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("leadSchoolUrn", leadSchoolUrn);
        fields.put("servedLaCodes", servedLaCodes);
        return fields;
    }
}
