package org.uplift.schools.school;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SchoolRepository extends MongoRepository<School, String> {
}
