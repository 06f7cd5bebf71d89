package org.uplift.reporting.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.uplift.platform.security.TenantScope;
import org.uplift.reporting.access.Area;
import org.uplift.reporting.access.Areas;
import org.uplift.reporting.figures.Table;
import org.uplift.reporting.freshness.Freshness;
import org.uplift.reporting.view.Report;

/**
 * The attainment and gaps reports of an area and year, as one caller may see them.
 *
 * <p>What an area's report shows is the same for every caller allowed to see it, except which child rows and trail
 * areas they may see; so it is computed once and cached under the read model's version ({@link Freshness}), which
 * changes with every write to the read model on any replica, and each caller's view is filtered from it.
 */
@Service
class ResultsReports {

    private final AreaAnswers compute;
    private final Areas areas;
    private final Freshness freshness;
    private final Cache<AnswerKey, AreaAnswers.Answer> answers = Caffeine.newBuilder().maximumSize(5_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    ResultsReports(AreaAnswers compute, Areas areas, Freshness freshness) {
        this.compute = compute;
        this.areas = areas;
        this.freshness = freshness;
    }

    private record AnswerKey(String version, String report, Area area, @Nullable String year) {
    }

    Report attainment(TenantScope scope, @Nullable String level, @Nullable String code, @Nullable String year) {
        return report("attainment", "Attainment and progress", scope, areas.resolve(scope, level, code), blankToNull(year));
    }

    Report gaps(TenantScope scope, @Nullable String level, @Nullable String code, @Nullable String year) {
        return report("gaps", "Disadvantage and SEN gaps", scope, areas.resolve(scope, level, code), blankToNull(year));
    }

    private Report report(String name, String title, TenantScope scope, Area area, @Nullable String year) {
        Freshness.Stamp stamp = freshness.stamp();
        AreaAnswers.Answer answer = answers.get(new AnswerKey(stamp.version(), name, area, year),
                key -> name.equals("gaps") ? compute.gaps(area, year) : compute.attainment(area, year));
        List<Table> tables = new ArrayList<>();
        for (Table table : answer.tables()) {
            if (!table.id().startsWith("by-")) {
                tables.add(table);
                continue;
            }
            List<Table.Row> visible = table.rows().stream().filter(row -> areas.maySee(scope, answer.children().get(row.id()))).toList();
            if (!visible.isEmpty()) {
                tables.add(new Table(table.id(), table.caption(), table.rowHeading(), table.columns(), visible));
            }
        }
        List<String> notes = new ArrayList<>();
        if (answer.year() != null && answer.data().provisionalYears().contains(answer.year())) {
            notes.add("Provisional: some schools' results have not fully arrived yet.");
        }
        return new Report(name, title, area, areas.trail(scope, area), answer.year(), answer.data().years(), stamp.lastEventAt(),
                notes, tables, null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
