package org.uplift.schools.review;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Read-only questions other features ask about reviews; callers have already checked the school's tenancy. */
@Component
public class ReviewQueries {

    private final ReviewRepository reviews;

    ReviewQueries(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    public Optional<ReviewSummary> find(String urn, String reviewId) {
        return reviews.findById(reviewId).filter(r -> r.urn.equals(urn))
                .map(r -> new ReviewSummary(r.id, r.urn, r.reviewDate, Map.copyOf(r.judgements), r.areasToImprove));
    }

    public Optional<ReviewSummary> latestFor(String urn) {
        return reviews.findByUrnOrderByReviewDateDesc(urn).stream().findFirst()
                .map(r -> new ReviewSummary(r.id, r.urn, r.reviewDate, Map.copyOf(r.judgements), r.areasToImprove));
    }

    /** The latest review date since {@code since} of each school in the LA that had one. */
    public Map<String, LocalDate> latestSince(String laCode, LocalDate since) {
        return reviews.findByLaCodeAndReviewDateGreaterThanEqual(laCode, since).stream()
                .collect(Collectors.toMap(r -> r.urn, r -> r.reviewDate, (a, b) -> a.isAfter(b) ? a : b));
    }
}
