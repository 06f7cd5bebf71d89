package org.uplift.schools.project;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProjectRepository extends MongoRepository<Project, String> {
}
