package org.uplift.schools.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.uplift.contracts.schools.Membership;
import org.uplift.contracts.schools.ProjectMembershipChanged;
import org.uplift.platform.events.Outbox;
import org.uplift.platform.problem.ConflictException;
import org.uplift.platform.problem.InvalidInputException;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.Role;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.audit.AuditEntry;
import org.uplift.schools.common.Dates;
import org.uplift.schools.common.Versions;
import org.uplift.schools.localauthority.LocalAuthorities;
import org.uplift.schools.localauthority.LocalAuthority;
import org.uplift.schools.school.SchoolDirectory;
import org.uplift.schools.school.SchoolSummary;

/**
 * Improvement projects. Seen by the lead LA's officers, by officers of any LA with a participating school, and by
 * participating schools' leads; changed only by the lead LA's officers (and admins).
 */
@Service
class ProjectService {

    private final ProjectRepository projects;
    private final MongoTemplate mongo;
    private final SchoolDirectory schools;
    private final LocalAuthorities authorities;
    private final Outbox outbox;

    ProjectService(ProjectRepository projects, MongoTemplate mongo, SchoolDirectory schools, LocalAuthorities authorities,
            Outbox outbox) {
        this.projects = projects;
        this.mongo = mongo;
        this.schools = schools;
        this.authorities = authorities;
        this.outbox = outbox;
    }

    List<ProjectView> visible(TenantScope scope) {
        Query query = new Query(visibleTo(scope)).with(Sort.by("title"));
        return mongo.find(query, Project.class).stream().map(this::view).toList();
    }

    ProjectView find(String id, TenantScope scope) {
        return view(load(id, scope));
    }

    ProjectView create(ProjectForms.Details form, TenantScope scope) {
        LocalAuthority lead = leadLa(form, scope);
        LocalDate start = Dates.required("startDate", "start date", form.startDate());
        LocalDate end = Dates.required("endDate", "end date", form.endDate());
        checkDates(start, end);
        Project project = new Project(UUID.randomUUID().toString(), form.title().strip(), lead.code(), form.aims().strip(),
                form.groups(), start, end);
        project.audit.add(AuditEntry.of(scope, "created", AuditEntry.created(project.fields())));
        return view(projects.insert(project));
    }

    ProjectView change(String id, long version, ProjectForms.Details form, TenantScope scope) {
        LocalDate start = Dates.required("startDate", "start date", form.startDate());
        LocalDate end = Dates.required("endDate", "end date", form.endDate());
        checkDates(start, end);
        return update(id, version, scope, project -> {
            var before = project.fields();
            project.title = form.title().strip();
            project.aims = form.aims().strip();
            project.targetGroups = form.groups();
            project.startDate = start;
            project.endDate = end;
            project.audit.add(AuditEntry.of(scope, "updated", AuditEntry.diff(before, project.fields())));
        });
    }

    ProjectView addSchool(String id, long version, String urn, TenantScope scope) {
        SchoolSummary school = schools.find(urn).filter(s -> s.status().equals("OPEN"))
                .orElseThrow(() -> InvalidInputException.of("urn", "There is no open school with URN " + urn));
        return update(id, version, scope, project -> {
            if (project.members.stream().anyMatch(m -> m.urn().equals(urn))) {
                throw new ConflictException(school.name() + " already takes part in this project");
            }
            LocalDate today = today();
            project.members.add(new Project.Member(urn, school.name(), school.laCode(), school.regionCode(), today));
            project.audit.add(AuditEntry.of(scope, "school joined", AuditEntry.created(Map.of("school", school.name() + " (" + urn + ")"))));
            project.outbox.add(outbox.event(project.id, project.leadLaCode, membership(project, school.urn(),
                    school.laCode(), school.regionCode(), Membership.JOINED, today)));
        });
    }

    ProjectView removeSchool(String id, long version, String urn, TenantScope scope) {
        return update(id, version, scope, project -> {
            Project.Member member = project.members.stream().filter(m -> m.urn().equals(urn)).findFirst()
                    .orElseThrow(() -> new NotFoundException("project school", urn));
            project.members.remove(member);
            project.audit.add(AuditEntry.of(scope, "school left", AuditEntry.diff(
                    Map.of("school", member.name() + " (" + urn + ")"), Map.of())));
            project.outbox.add(outbox.event(project.id, project.leadLaCode, membership(project, urn, member.laCode(),
                    member.regionCode(), Membership.LEFT, today())));
        });
    }

    ProjectView setBudgetLine(String id, long version, ProjectForms.NewBudgetLine form, TenantScope scope) {
        return update(id, version, scope, project -> {
            String category = form.category().strip();
            Project.BudgetLine old = project.budgetLines.stream().filter(l -> l.category().equalsIgnoreCase(category))
                    .findFirst().orElse(null);
            project.budgetLines.remove(old);
            project.budgetLines.add(new Project.BudgetLine(category, form.planned(), form.spent()));
            project.audit.add(AuditEntry.of(scope, "budget line " + category, AuditEntry.diff(
                    old == null ? Map.of() : Map.of("planned", old.planned().toPlainString(), "spent", old.spent().toPlainString()),
                    Map.of("planned", form.planned().toPlainString(), "spent", form.spent().toPlainString()))));
        });
    }

    ProjectView addMeeting(String id, long version, ProjectForms.NewMeeting form, TenantScope scope) {
        LocalDate date = Dates.required("date", "date of the meeting", form.date());
        return update(id, version, scope, project -> {
            project.meetings.add(new Project.Meeting(date, form.decisions().strip(),
                    form.actions() == null ? "" : form.actions().strip()));
            project.audit.add(AuditEntry.of(scope, "governance meeting recorded", AuditEntry.created(Map.of("date", date))));
        });
    }

    ProjectView addEvaluation(String id, long version, ProjectForms.NewEvaluation form, TenantScope scope) {
        return update(id, version, scope, project -> {
            project.evaluations.add(new Project.Evaluation(form.term(), form.summary().strip(), scope.displayName()));
            project.audit.add(AuditEntry.of(scope, "termly evaluation", AuditEntry.created(Map.of("term", form.term()))));
        });
    }

    boolean canManage(ProjectView project, TenantScope scope) {
        return scope.isPlatformAdmin() || (scope.has(Role.LA_OFFICER) && scope.coversLa(project.leadLaCode()));
    }

    private ProjectView update(String id, long version, TenantScope scope, Consumer<Project> change) {
        Project project = load(id, scope);
        if (!scope.isPlatformAdmin() && !(scope.has(Role.LA_OFFICER) && scope.coversLa(project.leadLaCode))) {
            throw new AccessDeniedException("Only the lead LA changes a project");
        }
        Versions.check(version, project.version);
        change.accept(project);
        try {
            return view(projects.save(project));
        } catch (OptimisticLockingFailureException e) {
            throw Versions.stale();
        }
    }

    private Project load(String id, TenantScope scope) {
        Project project = mongo.findOne(new Query(new Criteria().andOperator(Criteria.where("_id").is(id), visibleTo(scope))),
                Project.class);
        if (project == null) {
            throw new NotFoundException("project", id);
        }
        return project;
    }

    private static Criteria visibleTo(TenantScope scope) {
        if (scope.isPlatformAdmin()) {
            return new Criteria();
        }
        List<Criteria> any = new ArrayList<>();
        if (scope.has(Role.LA_OFFICER) && !scope.laCodes().isEmpty()) {
            any.add(Criteria.where("leadLaCode").in(scope.laCodes()));
            any.add(Criteria.where("members.laCode").in(scope.laCodes()));
        }
        if (scope.hasAny(Role.SCHOOL_LEAD, Role.TEACHER) && scope.urn() != null) {
            any.add(Criteria.where("members.urn").is(scope.urn()));
        }
        return any.isEmpty() ? Criteria.where("_id").is(null) : new Criteria().orOperator(any);
    }

    private LocalAuthority leadLa(ProjectForms.Details form, TenantScope scope) {
        LocalAuthority la = authorities.find(form.leadLaCode()).orElseThrow(() -> InvalidInputException.of("leadLaCode",
                "There is no English local authority with code " + form.leadLaCode()));
        if (!scope.coversLa(la.code())) {
            throw InvalidInputException.of("leadLaCode", "A project must be led by one of your local authorities");
        }
        return la;
    }

    private static void checkDates(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw InvalidInputException.of("endDate", "The end date must be on or after the start date");
        }
    }

    private static ProjectMembershipChanged membership(Project project, String urn, String laCode, String regionCode,
            Membership change, LocalDate on) {
        return new ProjectMembershipChanged(project.id, project.title, project.leadLaCode, urn, laCode, regionCode, change, on);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private ProjectView view(Project p) {
        BigDecimal planned = p.budgetLines.stream().map(Project.BudgetLine::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = p.budgetLines.stream().map(Project.BudgetLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
        String leadName = authorities.find(p.leadLaCode).map(LocalAuthority::name).orElse(p.leadLaCode);
        return new ProjectView(p.id, p.title, p.leadLaCode, leadName, p.aims, p.targetGroups, p.startDate, p.endDate,
                List.copyOf(p.members), List.copyOf(p.budgetLines), planned, spent, List.copyOf(p.meetings),
                List.copyOf(p.evaluations), p.version == null ? 0 : p.version, List.copyOf(p.audit));
    }
}
