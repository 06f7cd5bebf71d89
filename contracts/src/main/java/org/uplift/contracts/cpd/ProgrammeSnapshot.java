package org.uplift.contracts.cpd;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A programme as the catalogue shows it, carried in full so the compacted programme topic keeps each programme's
 * latest state. {@code costPence} is null when the programme is funded (free to schools).
 */
public record ProgrammeSnapshot(String programmeId, String hubCode, String title, String summary, List<String> phases,
        List<String> audienceRoles, String format, int sessionCount, @Nullable Integer costPence,
        int completionPercent) {
}
