package org.uplift.schools.project;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.uplift.platform.security.TenantScope;
import org.uplift.schools.common.DemoData;
import org.uplift.schools.common.SchoolTerm;

/** Two synthetic projects: one led by Leicester (856) with Leicestershire (855) schools too, one in Blackpool. */
@Component
@Order(DemoData.PROJECTS)
@ConditionalOnBooleanProperty(DemoData.PROPERTY)
class ProjectDemoData implements ApplicationRunner {

    private final ProjectService projects;
    private final MongoTemplate mongo;

    ProjectDemoData(ProjectService projects, MongoTemplate mongo) {
        this.projects = projects;
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        add("Synthetic Leicester and Leicestershire KS3 maths project", "856", "Disadvantaged, SEND",
                List.of("990101", "990102", "990103", "990201", "990202"));
        add("Synthetic Blackpool primary reasoning project", "890", "Disadvantaged, White British",
                List.of("990301", "990302", "990303"));
    }

    private void add(String title, String la, String groups, List<String> urns) {
        if (mongo.exists(new Query(Criteria.where("title").is(title)), Project.class)) {
            return;
        }
        TenantScope admin = DemoData.admin();
        int year = SchoolTerm.of(DemoData.today()).startYear();
        ProjectView project = projects.create(new ProjectForms.Details(title, la,
                "Raise attainment in maths for the target groups through departmental review and SLE support.", groups,
                year + "-09-01", (year + 1) + "-07-31", null), admin);
        for (String urn : urns) {
            project = projects.addSchool(project.id(), project.version(), urn, admin);
        }
        project = projects.setBudgetLine(project.id(), project.version(), new ProjectForms.NewBudgetLine("SLE support",
                new BigDecimal("12000"), new BigDecimal("4500"), project.version()), admin);
        project = projects.setBudgetLine(project.id(), project.version(), new ProjectForms.NewBudgetLine("Supply cover",
                new BigDecimal("6000"), new BigDecimal("2250.50"), project.version()), admin);
        project = projects.addMeeting(project.id(), project.version(), new ProjectForms.NewMeeting(
                DemoData.today().minusDays(20).toString(), "Agreed the review schedule.", "LA to book reviewers.",
                project.version()), admin);
        projects.addEvaluation(project.id(), project.version(), new ProjectForms.NewEvaluation(
                SchoolTerm.of(DemoData.today()).label(), "Early signs of better curriculum sequencing in three schools.",
                project.version()), admin);
    }
}
