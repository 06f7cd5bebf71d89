package org.uplift.schools.review;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uplift.schools.common.DemoData;

/** Diagnostic reviews of some synthetic schools: recent ones, and two from last term so the watchlist shows them. */
@Component
@Order(DemoData.REVIEWS)
@ConditionalOnBooleanProperty(DemoData.PROPERTY)
class ReviewDemoData implements ApplicationRunner {

    private final ReviewService reviews;
    private final ReviewRepository repository;

    ReviewDemoData(ReviewService reviews, ReviewRepository repository) {
        this.reviews = reviews;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = DemoData.today();
        add("990101", today.minusDays(10), List.of("Weak", "Developing", "Secure", "Developing", "Secure", "Weak", "Secure"));
        add("990102", today.minusDays(20), List.of("Secure", "Developing", "Developing", "Secure", "Weak", "Secure", "Strong"));
        add("990103", today.minusDays(5), List.of("Strong", "Secure", "Secure", "Strong", "Secure", "Secure", "Strong"));
        add("990104", today.minusMonths(5), List.of("Developing", "Weak", "Developing", "Weak", "Developing", "Developing", "Secure"));
        add("990201", today.minusDays(14), List.of("Secure", "Secure", "Developing", "Developing", "Secure", "Secure", "Secure"));
        add("990301", today.minusMonths(4), List.of("Weak", "Weak", "Developing", "Developing", "Weak", "Developing", "Secure"));
    }

    private void add(String urn, LocalDate date, List<String> judgements) {
        if (!repository.findByUrnOrderByReviewDateDesc(urn).isEmpty()) {
            return;
        }
        reviews.record(urn, new ReviewForm(date.toString(), "Synthetic Reviewer A, Synthetic Reviewer B",
                judgements.get(0), judgements.get(1), judgements.get(2), judgements.get(3), judgements.get(4),
                judgements.get(5), judgements.get(6), "Secure subject knowledge; positive relationships in lessons.",
                "Sequencing of the KS3 curriculum; use of assessment to target intervention.", null), DemoData.admin());
    }
}
