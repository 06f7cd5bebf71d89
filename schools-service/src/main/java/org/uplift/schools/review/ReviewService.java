package org.uplift.schools.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.uplift.contracts.schools.AreaJudgement;
import org.uplift.contracts.schools.ReviewCompleted;
import org.uplift.platform.events.Outbox;
import org.uplift.platform.problem.NotFoundException;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.audit.AuditEntry;
import org.uplift.schools.common.Dates;
import org.uplift.schools.common.SchoolTerm;
import org.uplift.schools.common.Versions;
import org.uplift.schools.school.SchoolDirectory;
import org.uplift.schools.school.SchoolDirectory.Need;
import org.uplift.schools.school.SchoolSummary;

/** Recording and reading diagnostic reviews: LA officers and the school's assigned system leaders record them. */
@Service
class ReviewService {

    private final ReviewRepository reviews;
    private final SchoolDirectory schools;
    private final Outbox outbox;

    ReviewService(ReviewRepository reviews, SchoolDirectory schools, Outbox outbox) {
        this.reviews = reviews;
        this.schools = schools;
        this.outbox = outbox;
    }

    ReviewView record(String urn, ReviewForm form, TenantScope scope) {
        SchoolSummary school = schools.require(urn, scope, Need.SUPPORT);
        LocalDate date = Dates.required("reviewDate", "date of the review", form.reviewDate());
        Review review = new Review(UUID.randomUUID().toString(), urn, school.laCode(), school.regionCode(), date,
                form.reviewerNames(), form.judgements(), form.strengths().strip(), form.areasToImprove().strip());
        review.audit.add(AuditEntry.of(scope, "recorded", AuditEntry.created(review.fields())));
        review.outbox.add(outbox.event(review.id, review.laCode, completed(review)));
        return view(reviews.insert(review), school);
    }

    ReviewView change(String urn, String id, long expectedVersion, ReviewForm form, TenantScope scope) {
        SchoolSummary school = schools.require(urn, scope, Need.SUPPORT);
        Review review = reviews.findById(id).filter(r -> r.urn.equals(urn)).orElseThrow(() -> new NotFoundException("review", id));
        Versions.check(expectedVersion, review.version);
        var before = review.fields();
        review.reviewDate = Dates.required("reviewDate", "date of the review", form.reviewDate());
        review.reviewers = form.reviewerNames();
        review.judgements = new LinkedHashMap<>(form.judgements());
        review.strengths = form.strengths().strip();
        review.areasToImprove = form.areasToImprove().strip();
        var changes = AuditEntry.diff(before, review.fields());
        if (changes.isEmpty()) {
            return view(review, school);
        }
        review.audit.add(AuditEntry.of(scope, "updated", changes));
        try {
            return view(reviews.save(review), school);
        } catch (OptimisticLockingFailureException e) {
            throw Versions.stale();
        }
    }

    List<ReviewView> forSchool(String urn, TenantScope scope) {
        SchoolSummary school = schools.require(urn, scope, Need.VIEW);
        return reviews.findByUrnOrderByReviewDateDesc(urn).stream().map(r -> view(r, school)).toList();
    }

    ReviewView find(String urn, String id, TenantScope scope) {
        SchoolSummary school = schools.require(urn, scope, Need.VIEW);
        return reviews.findById(id).filter(r -> r.urn.equals(urn)).map(r -> view(r, school))
                .orElseThrow(() -> new NotFoundException("review", id));
    }

    private static ReviewCompleted completed(Review review) {
        return new ReviewCompleted(review.id, review.urn, review.laCode, review.regionCode, review.reviewDate,
                SchoolTerm.of(review.reviewDate).label(), review.reviewers,
                review.judgements.entrySet().stream().map(e -> new AreaJudgement(e.getKey(), e.getValue())).toList());
    }

    private static ReviewView view(Review review, SchoolSummary school) {
        return new ReviewView(review.id, review.urn, school.name(), review.laCode, review.reviewDate,
                SchoolTerm.of(review.reviewDate).label(), review.reviewers, review.judgements, review.strengths,
                review.areasToImprove, review.version == null ? 0 : review.version, review.audit);
    }
}
