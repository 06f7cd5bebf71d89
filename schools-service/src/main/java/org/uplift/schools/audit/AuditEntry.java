package org.uplift.schools.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.uplift.platform.security.TenantScope;

/**
 * Who changed what and when, field by field. Entries are kept inside the record they describe, so a change and its
 * audit entry are one atomic write (there are no multi-document transactions to rely on).
 */
public record AuditEntry(Instant at, String by, String action, List<FieldChange> changes) {

    public static AuditEntry of(TenantScope scope, String action, List<FieldChange> changes) {
        return new AuditEntry(Instant.now(), scope.username().isBlank() ? scope.subject() : scope.username(), action,
                List.copyOf(changes));
    }

    /** The fields whose displayed value differs between two views of a record, in the order of {@code after}. */
    public static List<FieldChange> diff(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String from = display(before.get(field));
            String to = display(after.get(field));
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(field, from, to));
            }
        }
        return changes;
    }

    /** Every field of a new record, as changes from nothing. */
    public static List<FieldChange> created(Map<String, ?> after) {
        return diff(Map.of(), after);
    }

    private static String display(Object value) {
        return value == null ? null : value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : value.toString();
    }
}
