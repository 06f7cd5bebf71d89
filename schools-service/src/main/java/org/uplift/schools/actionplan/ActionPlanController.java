package org.uplift.schools.actionplan;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.common.Versions;

@RestController
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','sle')")
class ActionPlanController {

    private final ActionPlanService plans;

    ActionPlanController(ActionPlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/api/schools/{urn}/action-plans")
    List<PlanView> forSchool(@PathVariable String urn, TenantScope scope) {
        return plans.forSchool(urn, scope);
    }

    @PostMapping("/api/schools/{urn}/action-plans")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<PlanView> create(@PathVariable String urn, @Valid @RequestBody Forms.NewPlan form, TenantScope scope) {
        PlanView plan = plans.create(urn, form, scope);
        return ResponseEntity.created(URI.create("/api/action-plans/" + plan.id())).eTag(String.valueOf(plan.version())).body(plan);
    }

    @GetMapping("/api/action-plans/{id}")
    ResponseEntity<PlanView> get(@PathVariable String id, TenantScope scope) {
        return withETag(plans.find(id, scope));
    }

    @PostMapping("/api/action-plans/{id}/objectives")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<PlanView> addObjective(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody Forms.NewObjective form, TenantScope scope) {
        return withETag(plans.addObjective(id, Versions.fromIfMatch(ifMatch), form, scope));
    }

    @PostMapping("/api/action-plans/{id}/actions")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer')")
    ResponseEntity<PlanView> addAction(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody Forms.NewAction form, TenantScope scope) {
        return withETag(plans.addAction(id, Versions.fromIfMatch(ifMatch), form, scope));
    }

    @PutMapping("/api/action-plans/{id}/actions/{actionId}")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead')")
    ResponseEntity<PlanView> updateAction(@PathVariable String id, @PathVariable String actionId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody Forms.ActionUpdate form, TenantScope scope) {
        return withETag(plans.updateAction(id, actionId, Versions.fromIfMatch(ifMatch), form, scope));
    }

    @GetMapping("/api/action-plans/{id}/rag-reviews")
    List<RagHistoryEntry> ragReviews(@PathVariable String id, TenantScope scope) {
        return plans.ragHistory(id, scope);
    }

    @PostMapping("/api/action-plans/{id}/rag-reviews")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','sle')")
    ResponseEntity<PlanView> recordRagReview(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody Forms.RagReviewForm form, TenantScope scope) {
        PlanView plan = plans.recordRagReview(id, Versions.fromIfMatch(ifMatch), form, scope);
        return ResponseEntity.created(URI.create("/api/action-plans/" + id + "/rag-reviews"))
                .eTag(String.valueOf(plan.version())).body(plan);
    }

    private static ResponseEntity<PlanView> withETag(PlanView plan) {
        return ResponseEntity.ok().eTag(String.valueOf(plan.version())).body(plan);
    }
}
