package org.uplift.schools.visit;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface VisitRepository extends MongoRepository<Visit, String> {

    List<Visit> findByUrnOrderByVisitDateDesc(String urn);
}
