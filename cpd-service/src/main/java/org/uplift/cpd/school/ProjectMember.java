package org.uplift.cpd.school;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Whether a school is currently in an improvement project, as schools-service last announced it. */
@Document("project_members")
class ProjectMember {

    @Id
    String id;
    String projectId;
    String urn;
    boolean member;

    ProjectMember(String id, String projectId, String urn, boolean member) {
        this.id = id;
        this.projectId = projectId;
        this.urn = urn;
        this.member = member;
    }
}
