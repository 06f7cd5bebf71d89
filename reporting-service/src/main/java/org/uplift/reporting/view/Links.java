package org.uplift.reporting.view;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.uplift.reporting.access.Area;
import org.uplift.reporting.access.Level;

/** Shareable page addresses: every filter is in the query string. */
public final class Links {

    private Links() {
    }

    public static String page(String report, Area area, @Nullable String year) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/" + report).queryParam("level", area.level().param());
        if (area.level() != Level.PLATFORM) {
            uri.queryParam("code", area.code());
        }
        if (year != null) {
            uri.queryParam("year", year);
        }
        return uri.encode().build().toUriString();
    }

    public static String csv(Report report, String tableId) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(report.path() + ".csv").queryParam("level", report.area().level().param());
        if (report.area().level() != Level.PLATFORM) {
            uri.queryParam("code", report.area().code());
        }
        if (report.year() != null) {
            uri.queryParam("year", report.year());
        }
        if (report.project() != null) {
            uri.queryParam("project", report.project());
        }
        return uri.queryParam("table", tableId).encode().build().toUriString();
    }
}
