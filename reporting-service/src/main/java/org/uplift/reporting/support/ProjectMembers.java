package org.uplift.reporting.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.model.Filters;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Which schools are members of an improvement project now, for the impact report. */
@Component
public class ProjectMembers {

    /** A project, its lead LA, and the URN, LA and region of each current member school. */
    public record Project(String projectId, String title, String leadLaCode, List<Member> members) {
    }

    public record Member(String urn, String laCode, String regionCode) {
    }

    private final MongoTemplate mongo;

    ProjectMembers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Project> project(String projectId) {
        List<Member> members = new ArrayList<>();
        String title = null;
        String lead = null;
        for (Document member : mongo.getCollection(SupportProjection.MEMBERS).find(Filters.eq("projectId", projectId))) {
            title = member.getString("title");
            lead = member.getString("leadLaCode");
            if (member.getBoolean("member", false)) {
                members.add(new Member(member.getString("urn"), member.getString("laCode"), member.getString("regionCode")));
            }
        }
        return title == null ? Optional.empty() : Optional.of(new Project(projectId, title, lead, members));
    }
}
