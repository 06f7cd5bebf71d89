package org.uplift.cpd.school;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Looks schools up in the local read model; other features use only this. */
@Component
public class SchoolDirectory {

    private final MongoTemplate mongo;

    SchoolDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A school as schools-service last announced it. */
    public record School(String urn, String laCode, String name, boolean open) {
    }

    public Optional<School> find(String urn) {
        return Optional.ofNullable(mongo.findById(urn, KnownSchool.class))
                .map(s -> new School(s.urn, s.laCode, s.name, s.open));
    }

    /** Whether the school is currently a member of the improvement project. */
    public boolean inProject(String projectId, String urn) {
        ProjectMember member = mongo.findById(projectId + ":" + urn, ProjectMember.class);
        return member != null && member.member;
    }

    void membership(String projectId, String urn, boolean member) {
        mongo.save(new ProjectMember(projectId + ":" + urn, projectId, urn, member));
    }

    void apply(String urn, String laCode, String name, boolean open) {
        mongo.save(new KnownSchool(urn, laCode, name, open));
    }
}
