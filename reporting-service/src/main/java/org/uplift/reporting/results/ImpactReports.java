package org.uplift.reporting.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.uplift.contracts.assessment.AssessmentKind;
import org.uplift.contracts.reference.ReferenceData;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;
import org.uplift.reporting.access.Area;
import org.uplift.reporting.access.Level;
import org.uplift.reporting.figures.Cell;
import org.uplift.reporting.figures.Figures;
import org.uplift.reporting.figures.Group;
import org.uplift.reporting.figures.Stats;
import org.uplift.reporting.figures.Suppression;
import org.uplift.reporting.figures.Table;
import org.uplift.reporting.freshness.Freshness;
import org.uplift.reporting.support.ProjectMembers;
import org.uplift.reporting.view.Report;

/**
 * Project impact: for a project's current schools together, the headline measure and the disadvantaged gap index in
 * the first year with results and in the chosen (default latest) year, with the change, against the same for all
 * schools of their LAs and for the platform. Every figure goes through the same suppression as elsewhere.
 * Visible to platform admins, the lead LA's officers and the board of the lead LA's region.
 */
@Service
class ImpactReports {

    private final AttainmentCells cells;
    private final ProjectMembers projects;
    private final Freshness freshness;

    ImpactReports(AttainmentCells cells, ProjectMembers projects, Freshness freshness) {
        this.cells = cells;
        this.projects = projects;
        this.freshness = freshness;
    }

    Report impact(TenantScope scope, String projectId, @Nullable String year) {
        ProjectMembers.Project project = projects.project(projectId).filter(p -> maySee(scope, p))
                .orElseThrow(() -> new NotFoundException("project", projectId));
        List<String> urns = project.members().stream().map(ProjectMembers.Member::urn).toList();
        List<String> las = new ArrayList<>(new TreeSet<>(project.members().stream().map(ProjectMembers.Member::laCode).toList()));
        List<String> years = urns.isEmpty() ? List.of() : cells.yearsOfSchools(urns);
        String after = year != null && !year.isBlank() ? year.strip() : years.isEmpty() ? null : years.getLast();
        String before = years.isEmpty() ? null : years.getFirst();
        List<Table> tables = new ArrayList<>();
        if (before != null && after != null) {
            for (AssessmentKey key : List.of(AssessmentKey.KS2, AssessmentKey.KS4)) {
                String measure = key.kind() == AssessmentKind.KS2 ? "% expected standard" : "% grade 4+";
                List<Table.Column> columns = List.of(new Table.Column("measure-before", measure + " " + before),
                        new Table.Column("measure-after", measure + " " + after), new Table.Column("measure-change", measure + " change"),
                        new Table.Column("gap-before", "Gap index " + before), new Table.Column("gap-after", "Gap index " + after),
                        new Table.Column("gap-change", "Gap index change"));
                Area platform = new Area(Level.PLATFORM, "", "All schools on the platform", null, null);
                List<Table.Row> rows = List.of(
                        row("project", "Project schools", key, cells.sum("school", urns, key, before), cells.sum("school", urns, key, after)),
                        row("their-las", "All schools in their LAs", key, cells.sum("la", las, key, before), cells.sum("la", las, key, after)),
                        row("platform", "All schools on the platform", key, groups(platform, key, before), groups(platform, key, after)));
                tables.add(new Table("impact-" + key.id(), key.label() + ": " + project.title() + ", " + before + " to " + after,
                        "Schools", columns, rows));
            }
        }
        Area lead = new Area(Level.LA, project.leadLaCode(), ReferenceData.localAuthorityName(project.leadLaCode()),
                project.leadLaCode(), ReferenceData.localAuthority(project.leadLaCode()).map(la -> la.regionCode()).orElse(null));
        return new Report("impact", "Project impact: " + project.title(), lead, List.of(), after, years.reversed(),
                freshness.lastEventAt(), List.of("Project schools are its members now (" + urns.size() + "); a positive gap index change means the gap widened."),
                tables, projectId);
    }

    private Map<Group, Stats> groups(Area area, AssessmentKey key, String year) {
        Map<Group, Stats> groups = cells.figures(area, year).get(key);
        return groups == null ? Map.of() : groups;
    }

    private static Table.Row row(String id, String label, AssessmentKey key, Map<Group, Stats> before, Map<Group, Stats> after) {
        Cell measureBefore = headline(key, before);
        Cell measureAfter = headline(key, after);
        Cell gapBefore = gapIndex(key, before);
        Cell gapAfter = gapIndex(key, after);
        return new Table.Row(id, label, null, List.of(measureBefore, measureAfter, change(measureBefore, measureAfter, 1),
                gapBefore, gapAfter, change(gapBefore, gapAfter, 2)));
    }

    private static Cell headline(AssessmentKey key, Map<Group, Stats> groups) {
        Stats all = groups.get(Group.ALL);
        return all == null ? Cell.NOT_AVAILABLE : Figures.attainmentCells(key.kind(), all).get(1);
    }

    private static Cell gapIndex(AssessmentKey key, Map<Group, Stats> groups) {
        return groups.isEmpty() ? Cell.NOT_AVAILABLE : Figures.gapRows(key.kind(), groups).getFirst().cells().get(4);
    }

    /** A change is shown only when both ends are; if either is hidden, so is the change. */
    private static Cell change(Cell before, Cell after, int scale) {
        if (before.value() != null && after.value() != null) {
            return Suppression.value(after.value().subtract(before.value()).doubleValue(), scale);
        }
        return before.equals(Cell.SUPPRESSED) || after.equals(Cell.SUPPRESSED) ? Cell.SUPPRESSED : Cell.NOT_AVAILABLE;
    }

    private static boolean maySee(TenantScope scope, ProjectMembers.Project project) {
        String region = ReferenceData.localAuthority(project.leadLaCode()).map(la -> la.regionCode()).orElse(null);
        return scope.isPlatformAdmin()
                || (scope.has(Role.LA_OFFICER) && scope.laCodes().contains(project.leadLaCode()))
                || (scope.has(Role.BOARD_MEMBER) && region != null && region.equals(scope.region()));
    }
}
