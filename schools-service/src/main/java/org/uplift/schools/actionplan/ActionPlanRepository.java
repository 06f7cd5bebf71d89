package org.uplift.schools.actionplan;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ActionPlanRepository extends MongoRepository<ActionPlan, String> {

    List<ActionPlan> findByUrn(String urn);

    List<ActionPlan> findByLaCode(String laCode);
}
