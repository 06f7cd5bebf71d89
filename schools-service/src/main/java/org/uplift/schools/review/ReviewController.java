package org.uplift.schools.review;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.common.Versions;

@RestController
@RequestMapping("/api/schools/{urn}/reviews")
@PreAuthorize("hasAnyRole('platform-admin','la-officer','school-lead','sle')")
class ReviewController {

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    List<ReviewView> list(@PathVariable String urn, TenantScope scope) {
        return reviews.forSchool(urn, scope);
    }

    @GetMapping("/{id}")
    ResponseEntity<ReviewView> get(@PathVariable String urn, @PathVariable String id, TenantScope scope) {
        ReviewView review = reviews.find(urn, id, scope);
        return ResponseEntity.ok().eTag(String.valueOf(review.version())).body(review);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','sle')")
    ResponseEntity<ReviewView> record(@PathVariable String urn, @Valid @RequestBody ReviewForm form, TenantScope scope) {
        ReviewView review = reviews.record(urn, form, scope);
        return ResponseEntity.created(URI.create("/api/schools/" + urn + "/reviews/" + review.id()))
                .eTag(String.valueOf(review.version())).body(review);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('platform-admin','la-officer','sle')")
    ResponseEntity<ReviewView> change(@PathVariable String urn, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @Valid @RequestBody ReviewForm form,
            TenantScope scope) {
        ReviewView review = reviews.change(urn, id, Versions.fromIfMatch(ifMatch), form, scope);
        return ResponseEntity.ok().eTag(String.valueOf(review.version())).body(review);
    }
}
