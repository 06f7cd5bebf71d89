package org.uplift.schools.audit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTest {

    @Test
    void onlyFieldsWhoseShownValueChangedAreRecordedWithOldAndNewValues() {
        Map<String, Object> before = new HashMap<>(Map.of("name", "Old", "phase", "Primary", "leaders", List.of("a")));
        before.put("closedOn", null);
        Map<String, Object> after = Map.of("name", "New", "phase", "Primary", "leaders", List.of("a", "b"),
                "closedOn", LocalDate.of(2026, 8, 31));

        List<FieldChange> changes = AuditEntry.diff(before, after);

        assertThat(changes).containsExactlyInAnyOrder(new FieldChange("name", "Old", "New"),
                new FieldChange("leaders", "a", "a, b"), new FieldChange("closedOn", null, "2026-08-31"));
    }

    @Test
    void aNewRecordIsEveryFieldFromNothing() {
        assertThat(AuditEntry.created(Map.of("title", "Plan"))).containsExactly(new FieldChange("title", null, "Plan"));
    }
}
