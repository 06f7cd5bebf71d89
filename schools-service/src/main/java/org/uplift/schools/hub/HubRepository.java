package org.uplift.schools.hub;

import org.springframework.data.mongodb.repository.MongoRepository;

interface HubRepository extends MongoRepository<Hub, String> {
}
