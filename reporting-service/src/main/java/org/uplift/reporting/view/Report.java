package org.uplift.reporting.view;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.uplift.reporting.access.Area;
import org.uplift.reporting.figures.Table;

/**
 * One report for one area and year, as the API answers it and the page shows it. {@code report} is its path name
 * (attainment, gaps, cpd, improvement); {@code trail} the areas above, for the drill-down's way back up;
 * {@code freshness} the time of the last event applied; {@code project} the improvement project an impact report is about.
 */
public record Report(String report, String title, Area area, List<Area> trail, @Nullable String year,
        List<String> years, @Nullable Instant freshness, List<String> notes, List<Table> tables, @Nullable String project) {

    public String path() {
        return "/reports/" + report;
    }

    /** The page of {@code otherReport} for {@code otherArea}, in this report's year. */
    public String link(String otherReport, Area otherArea) {
        return Links.page(otherReport, otherArea, year);
    }

    public String csvLink(String tableId) {
        return Links.csv(this, tableId);
    }
}
