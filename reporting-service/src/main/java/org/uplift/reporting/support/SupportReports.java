package org.uplift.reporting.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.model.Filters;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.uplift.platform.security.TenantScope;
import org.uplift.reporting.access.Area;
import org.uplift.reporting.access.Areas;
import org.uplift.reporting.figures.Cell;
import org.uplift.reporting.figures.Table;
import org.uplift.reporting.freshness.Freshness;
import org.uplift.reporting.view.Links;
import org.uplift.reporting.view.Report;

/**
 * The CPD uptake and improvement reports. These count professionals' bookings and schools' reviews, plans and
 * visits, not pupils, so the pupil-cohort suppression rule does not apply to them (counts are shown as they are).
 */
@Service
class SupportReports {

    private static final List<String> TERM_ORDER = List.of("autumn", "spring", "summer");
    private static final Map<String, Object> CPD = new LinkedHashMap<>();

    static {
        CPD.put("booked", SupportQueries.eq("confirmed", true));
        CPD.put("cancelled", SupportQueries.and(SupportQueries.eq("confirmed", true),
                SupportQueries.or(SupportQueries.eq("state", "CANCELLED"), SupportQueries.eq("state", "LATE_CANCELLED"))));
        CPD.put("attended", new Document("$gt", List.of("$attendedSessions", 0)));
        CPD.put("completed", SupportQueries.eq("completed", true));
    }

    private final SupportQueries queries;
    private final Areas areas;
    private final Freshness freshness;
    private final Clock clock;

    SupportReports(SupportQueries queries, Areas areas, Freshness freshness, Clock clock) {
        this.queries = queries;
        this.areas = areas;
        this.freshness = freshness;
        this.clock = clock;
    }

    Report cpd(TenantScope scope, @Nullable String level, @Nullable String code, @Nullable String year) {
        Area area = areas.resolve(scope, level, code);
        List<String> years = new ArrayList<>(queries.count(SupportProjection.BOOKINGS, SupportQueries.within(area), "year",
                Map.of("any", SupportQueries.always())).keySet());
        years.sort(Comparator.reverseOrder());
        String shown = year != null && !year.isBlank() ? year.strip() : years.isEmpty() ? null : years.getFirst();
        List<Table> tables = new ArrayList<>();
        if (shown != null) {
            var match = Filters.and(SupportQueries.within(area), Filters.eq("year", shown));
            List<Table.Column> columns = List.of(new Table.Column("booked", "Places booked"),
                    new Table.Column("cancelled", "Cancelled after booking"), new Table.Column("attended", "Attended a session"),
                    new Table.Column("completed", "Completed"), new Table.Column("completion-rate", "% of bookings completed"));
            Map<String, Long> total = queries.count(SupportProjection.BOOKINGS, match, "year", CPD).getOrDefault(shown, Map.of());
            tables.add(new Table("cpd-summary", "CPD uptake, " + shown + ": " + area.name(), "Area", columns,
                    List.of(new Table.Row("all", area.name(), null, cpdCells(total)))));
            if (area.level().child() != null) {
                List<Table.Row> rows = new ArrayList<>();
                queries.count(SupportProjection.BOOKINGS, match, SupportQueries.childField(area), CPD).forEach((child, counts) -> {
                    Area childArea = areas.child(area, child);
                    if (areas.maySee(scope, childArea)) {
                        rows.add(new Table.Row(child, childArea.name(), Links.page("cpd", childArea, shown), cpdCells(counts)));
                    }
                });
                tables.add(new Table("cpd-by-" + area.level().child().param(), "CPD uptake by " + childName(area) + ", " + shown,
                        childName(area), columns, rows));
            }
            List<Table.Row> hubs = new ArrayList<>();
            queries.count(SupportProjection.BOOKINGS, match, "hubCode", CPD).forEach((hub, counts) ->
                    hubs.add(new Table.Row(hub.toLowerCase(Locale.ROOT), hub, null, cpdCells(counts))));
            tables.add(new Table("cpd-by-hub", "CPD uptake by Maths Hub, " + shown + ": " + area.name(), "Maths Hub", columns, hubs));
            tables.add(new Table("cpd-by-project", "CPD uptake by improvement project, " + shown + ": " + area.name(), "Project",
                    columns, byProject(area, match)));
        }
        return new Report("cpd", "Support delivered", area, areas.trail(scope, area), shown, years, freshness.lastEventAt(),
                List.of("Counts of bookings and school visits are not pupil data and are shown unsuppressed."), tables, null);
    }

    /** Bookings from the schools that are members of each project now (within the area). */
    private List<Table.Row> byProject(Area area, org.bson.conversions.Bson match) {
        Map<String, String> titles = new TreeMap<>();
        Map<String, List<String>> members = new TreeMap<>();
        for (Document member : queries.find(SupportProjection.MEMBERS, Filters.and(SupportQueries.within(area), Filters.eq("member", true)))) {
            titles.put(member.getString("projectId"), member.getString("title"));
            members.computeIfAbsent(member.getString("projectId"), p -> new ArrayList<>()).add(member.getString("urn"));
        }
        List<Table.Row> rows = new ArrayList<>();
        members.forEach((project, urns) -> {
            Map<String, Long> counts = queries.count(SupportProjection.BOOKINGS, Filters.and(match, Filters.in("urn", urns)),
                    "year", CPD).values().stream().findFirst().orElse(Map.of());
            rows.add(new Table.Row(project, titles.get(project), null, cpdCells(counts)));
        });
        return rows;
    }

    Report improvement(TenantScope scope, @Nullable String level, @Nullable String code) {
        Area area = areas.resolve(scope, level, code);
        var within = SupportQueries.within(area);
        Map<String, Map<String, Long>> reviews = queries.count(SupportProjection.REVIEWS, within, "term", Map.of("reviews", SupportQueries.always()));
        Map<String, Map<String, Long>> visits = queries.count(SupportProjection.VISITS, within, "term",
                Map.of("visits", SupportQueries.always(), "signedOff", SupportQueries.eq("signedOff", true)));
        Map<String, Map<String, Long>> ratings = queries.count(SupportProjection.RATINGS, within, "term", ratingConditions());
        List<String> terms = new ArrayList<>(new java.util.TreeSet<>(java.util.stream.Stream.of(reviews, visits, ratings)
                .flatMap(m -> m.keySet().stream()).toList()));
        terms.sort(SupportReports::byTerm);
        List<Table.Row> work = new ArrayList<>();
        List<Table.Row> rag = new ArrayList<>();
        for (String term : terms) {
            String id = term.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            work.add(new Table.Row(id, term, null, List.of(count(reviews, term, "reviews"), count(visits, term, "visits"),
                    count(visits, term, "signedOff"))));
            if (ratings.containsKey(term)) {
                rag.add(new Table.Row(id, term, null, List.of(count(ratings, term, "red"), count(ratings, term, "amber"),
                        count(ratings, term, "green"), count(ratings, term, "improved"), count(ratings, term, "worsened"),
                        count(ratings, term, "first"))));
            }
        }
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("work-by-term", "Reviews and visits per term: " + area.name(), "Term",
                List.of(new Table.Column("reviews", "Reviews completed"), new Table.Column("visits", "Support visits"),
                        new Table.Column("signed-off", "Visits signed off")), work));
        tables.add(new Table("rag-by-term", "Action-plan objectives by RAG rating per term: " + area.name(), "Term",
                List.of(new Table.Column("red", "Red"), new Table.Column("amber", "Amber"), new Table.Column("green", "Green"),
                        new Table.Column("improved", "Improved since last review"), new Table.Column("worsened", "Worsened since last review"),
                        new Table.Column("first", "First review")), rag));
        String today = LocalDate.now(clock).toString();
        Map<String, Object> latest = new LinkedHashMap<>();
        latest.put("objectives", SupportQueries.always());
        latest.put("red", SupportQueries.eq("rag", "RED"));
        latest.put("overdue", SupportQueries.and(new Document("$gt", List.of("$nextReviewDate", "")),
                new Document("$lt", List.of("$nextReviewDate", today))));
        String groupBy = area.level().child() == null ? "urn" : SupportQueries.childField(area);
        List<Table.Row> now = new ArrayList<>();
        queries.count(SupportProjection.OBJECTIVES, within, groupBy, latest).forEach((child, counts) -> {
            Area childArea = area.level().child() == null ? area : areas.child(area, child);
            if (areas.maySee(scope, childArea)) {
                now.add(new Table.Row(child, childArea.name(), childArea == area ? null : Links.page("improvement", childArea, null),
                        List.of(count(counts, "objectives"), count(counts, "red"), count(counts, "overdue"))));
            }
        });
        tables.add(new Table("objectives-now", "Action-plan objectives now, and reviews overdue (as of " + today + "): " + area.name(),
                area.level().child() == null ? "School" : childName(area),
                List.of(new Table.Column("objectives", "Objectives"), new Table.Column("red", "Red at last review"),
                        new Table.Column("overdue", "Review overdue")), now));
        return new Report("improvement", "Improvement work", area, areas.trail(scope, area), null, List.of(),
                freshness.lastEventAt(), List.of("Counts of reviews, objectives and visits are not pupil data and are shown unsuppressed."), tables, null);
    }

    private static Map<String, Object> ratingConditions() {
        Map<String, Object> conditions = new LinkedHashMap<>();
        conditions.put("red", SupportQueries.eq("rag", "RED"));
        conditions.put("amber", SupportQueries.eq("rag", "AMBER"));
        conditions.put("green", SupportQueries.eq("rag", "GREEN"));
        conditions.put("improved", SupportQueries.or(
                SupportQueries.and(SupportQueries.eq("previousRag", "RED"), SupportQueries.or(SupportQueries.eq("rag", "AMBER"), SupportQueries.eq("rag", "GREEN"))),
                SupportQueries.and(SupportQueries.eq("previousRag", "AMBER"), SupportQueries.eq("rag", "GREEN"))));
        conditions.put("worsened", SupportQueries.or(
                SupportQueries.and(SupportQueries.eq("previousRag", "GREEN"), SupportQueries.or(SupportQueries.eq("rag", "AMBER"), SupportQueries.eq("rag", "RED"))),
                SupportQueries.and(SupportQueries.eq("previousRag", "AMBER"), SupportQueries.eq("rag", "RED"))));
        conditions.put("first", SupportQueries.eq("previousRag", null));
        return conditions;
    }

    /** "2025-26 autumn" before "2025-26 spring" before "2026-27 autumn". */
    static int byTerm(String a, String b) {
        String[] x = a.split(" ", 2);
        String[] y = b.split(" ", 2);
        int years = x[0].compareTo(y[0]);
        if (years != 0 || x.length < 2 || y.length < 2) {
            return years != 0 ? years : a.compareTo(b);
        }
        return Integer.compare(TERM_ORDER.indexOf(x[1].toLowerCase(Locale.ROOT)), TERM_ORDER.indexOf(y[1].toLowerCase(Locale.ROOT)));
    }

    private static String childName(Area area) {
        return switch (area.level()) {
            case PLATFORM -> "Region";
            case REGION -> "Local authority";
            default -> "School";
        };
    }

    private static List<Cell> cpdCells(Map<String, Long> counts) {
        long booked = counts.getOrDefault("booked", 0L);
        long completed = counts.getOrDefault("completed", 0L);
        return List.of(count(counts, "booked"), count(counts, "cancelled"), count(counts, "attended"), count(counts, "completed"),
                booked == 0 ? Cell.NOT_AVAILABLE : rate(completed, booked));
    }

    /** Not a pupil cohort, so not suppressed; still 1 dp half up from the exact fraction. */
    private static Cell rate(long part, long whole) {
        BigDecimal value = BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
        return new Cell(value, value.toPlainString());
    }

    private static Cell count(Map<String, Map<String, Long>> counts, String key, String name) {
        return count(counts.getOrDefault(key, Map.of()), name);
    }

    private static Cell count(Map<String, Long> counts, String name) {
        long value = counts.getOrDefault(name, 0L);
        return new Cell(BigDecimal.valueOf(value), String.valueOf(value));
    }
}
