package org.uplift.schools.review;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ReviewRepository extends MongoRepository<Review, String> {

    List<Review> findByUrnOrderByReviewDateDesc(String urn);

    List<Review> findByLaCodeAndReviewDateGreaterThanEqual(String laCode, LocalDate since);
}
