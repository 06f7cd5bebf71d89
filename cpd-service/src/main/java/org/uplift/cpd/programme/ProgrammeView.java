package org.uplift.cpd.programme;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A programme as the API and pages show it; {@code costPence} null means funded. */
public record ProgrammeView(String id, String hubCode, String title, String summary, List<String> phases,
        List<String> audienceRoles, Format format, int sessionCount, @Nullable Integer costPence, boolean funded,
        int completionPercent, List<LocalDate> cohortStarts) {

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.id, p.hubCode, p.title, p.summary, p.phases, p.audienceRoles, p.format,
                p.sessionCount, p.costPence, p.costPence == null, p.completionPercent,
                p.cohortStarts.stream().sorted().toList());
    }

    public String cost() {
        return costPence == null ? "Funded" : String.format("£%d.%02d", costPence / 100, costPence % 100);
    }
}
