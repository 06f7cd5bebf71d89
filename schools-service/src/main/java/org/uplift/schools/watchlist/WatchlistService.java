package org.uplift.schools.watchlist;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.actionplan.ActionPlanQueries;
import org.uplift.schools.actionplan.PlanHealth;
import org.uplift.schools.common.SchoolTerm;
import org.uplift.schools.localauthority.LocalAuthorities;
import org.uplift.schools.localauthority.LocalAuthority;
import org.uplift.schools.review.ReviewQueries;
import org.uplift.schools.school.SchoolDirectory;
import org.uplift.schools.school.SchoolSummary;

/**
 * Open schools of an LA with a red objective (latest rating), an overdue action, a missed review date, or no review
 * this term (neither a diagnostic review nor a RAG review of any objective since the term began).
 */
@Service
class WatchlistService {

    private final SchoolDirectory schools;
    private final ActionPlanQueries plans;
    private final ReviewQueries reviews;
    private final LocalAuthorities authorities;

    WatchlistService(SchoolDirectory schools, ActionPlanQueries plans, ReviewQueries reviews, LocalAuthorities authorities) {
        this.schools = schools;
        this.plans = plans;
        this.reviews = reviews;
        this.authorities = authorities;
    }

    Watchlist forLa(String laCode, TenantScope scope) {
        LocalAuthority la = authorities.find(laCode).filter(a -> scope.coversLa(a.code()))
                .orElseThrow(() -> new NotFoundException("watchlist for local authority", laCode));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        SchoolTerm term = SchoolTerm.of(today);
        Map<String, PlanHealth> health = plans.healthInLa(la.code(), today).stream()
                .collect(Collectors.toMap(PlanHealth::urn, Function.identity()));
        Map<String, LocalDate> reviewed = reviews.latestSince(la.code(), term.start());
        List<WatchlistEntry> entries = new ArrayList<>();
        for (SchoolSummary school : schools.visibleInLa(la.code(), scope)) {
            PlanHealth h = health.getOrDefault(school.urn(), new PlanHealth(school.urn(), 0, 0, 0, null));
            LocalDate lastReviewed = latest(reviewed.get(school.urn()), h.latestRagReview());
            boolean notReviewed = lastReviewed == null || lastReviewed.isBefore(term.start());
            List<String> reasons = new ArrayList<>();
            if (h.redObjectives() > 0) {
                reasons.add(h.redObjectives() + " red objective" + (h.redObjectives() == 1 ? "" : "s"));
            }
            if (h.overdueActions() > 0) {
                reasons.add(h.overdueActions() + " overdue action" + (h.overdueActions() == 1 ? "" : "s"));
            }
            if (h.missedReviews() > 0) {
                reasons.add(h.missedReviews() + " missed review date" + (h.missedReviews() == 1 ? "" : "s"));
            }
            if (notReviewed) {
                reasons.add("No review this term");
            }
            if (!reasons.isEmpty()) {
                entries.add(new WatchlistEntry(school.urn(), school.name(), h.redObjectives(), h.overdueActions(),
                        h.missedReviews(), notReviewed, lastReviewed, reasons));
            }
        }
        entries.sort(Comparator.comparingInt((WatchlistEntry e) -> -(e.redObjectives() * 100 + e.overdueActions() * 10
                + e.missedReviewDates())).thenComparing(WatchlistEntry::name));
        return new Watchlist(la.code(), la.name(), term.label(), entries);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
