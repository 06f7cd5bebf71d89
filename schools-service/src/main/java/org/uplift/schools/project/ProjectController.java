package org.uplift.schools.project;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.common.Versions;

@RestController
@RequestMapping("/api/projects")
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','teacher')")
class ProjectController {

    private final ProjectService projects;

    ProjectController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    List<ProjectView> list(TenantScope scope) {
        return projects.visible(scope);
    }

    @GetMapping("/{id}")
    ResponseEntity<ProjectView> get(@PathVariable String id, TenantScope scope) {
        return withETag(projects.find(id, scope));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<ProjectView> create(@Valid @RequestBody ProjectForms.Details form, TenantScope scope) {
        ProjectView project = projects.create(form, scope);
        return ResponseEntity.created(URI.create("/api/projects/" + project.id())).eTag(String.valueOf(project.version())).body(project);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<ProjectView> change(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ProjectForms.Details form, TenantScope scope) {
        return withETag(projects.change(id, Versions.fromIfMatch(ifMatch), form, scope));
    }

    @GetMapping("/{id}/schools")
    List<Project.Member> schools(@PathVariable String id, TenantScope scope) {
        return projects.find(id, scope).schools();
    }

    @PostMapping("/{id}/schools")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<ProjectView> addSchool(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ProjectForms.NewMember form, TenantScope scope) {
        return withETag(projects.addSchool(id, Versions.fromIfMatch(ifMatch), form.urn(), scope));
    }

    @DeleteMapping("/{id}/schools/{urn}")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<ProjectView> removeSchool(@PathVariable String id, @PathVariable String urn,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, TenantScope scope) {
        return withETag(projects.removeSchool(id, Versions.fromIfMatch(ifMatch), urn, scope));
    }

    @PostMapping("/{id}/budget-lines")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<ProjectView> budgetLine(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ProjectForms.NewBudgetLine form, TenantScope scope) {
        return withETag(projects.setBudgetLine(id, Versions.fromIfMatch(ifMatch), form, scope));
    }

    @PostMapping("/{id}/meetings")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<ProjectView> meeting(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ProjectForms.NewMeeting form, TenantScope scope) {
        return withETag(projects.addMeeting(id, Versions.fromIfMatch(ifMatch), form, scope));
    }

    @PostMapping("/{id}/evaluations")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<ProjectView> evaluation(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ProjectForms.NewEvaluation form, TenantScope scope) {
        return withETag(projects.addEvaluation(id, Versions.fromIfMatch(ifMatch), form, scope));
    }

    private static ResponseEntity<ProjectView> withETag(ProjectView project) {
        return ResponseEntity.ok().eTag(String.valueOf(project.version())).body(project);
    }
}
