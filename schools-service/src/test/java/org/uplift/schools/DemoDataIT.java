package org.uplift.schools;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;
import org.uplift.contracts.Topics;
import org.uplift.platform.security.Role;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
@TestPropertySource(properties = "uplift.demo-data=true")
class DemoDataIT {

    @LocalServerPort
    int port;
    @Autowired
    Map<String, ApplicationRunner> runners;
    @Autowired
    EmbeddedKafkaBroker broker;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theDemoDataIsSeededThroughTheServicesAndSeedingAgainChangesNothing() throws Exception {
        TestTokens admin = TestTokens.admin();
        assertThat(Api.json(api.get("/api/schools?la=856", admin)).path("totalElements").asInt()).isEqualTo(19);
        assertThat(Api.json(api.get("/api/schools?la=855", admin)).path("totalElements").asInt()).isEqualTo(12);
        assertThat(Api.json(api.get("/api/schools?la=890", admin)).path("totalElements").asInt()).isEqualTo(10);
        long version = Api.json(api.get("/api/schools/990101", admin)).path("version").asLong();
        String projects = api.get("/api/projects", admin).body();

        for (ApplicationRunner runner : runners.values()) {
            if (runner.getClass().getSimpleName().endsWith("DemoData")) {
                runner.run(new DefaultApplicationArguments());
            }
        }

        assertThat(Api.json(api.get("/api/schools?la=856", admin)).path("totalElements").asInt()).isEqualTo(19);
        assertThat(Api.json(api.get("/api/schools/990101", admin)).path("version").asLong()).isEqualTo(version);
        assertThat(api.get("/api/projects", admin).body()).isEqualTo(projects);
        assertThat(Events.await(broker, Topics.SCHOOL, "990101", "school.registered").at("/payload/school/laCode").asString())
                .isEqualTo("856");
    }

    @Test
    void theDevUsersFindTheirWorkWaiting() {
        assertThat(Api.json(api.get("/api/local-authorities/856/watchlist", TestTokens.leicesterOfficer())).path("schools")
                .findValuesAsString("urn")).contains("990101", "990104");
        assertThat(Api.json(api.get("/api/local-authorities/890/watchlist", TestTokens.blackpoolOfficer())).path("schools")
                .findValuesAsString("urn")).contains("990301");
        assertThat(Api.json(api.get("/api/schools", TestTokens.user("sle.one", Role.SLE))).path("totalElements").asInt()).isEqualTo(4);
        assertThat(Api.json(api.get("/api/schools/990101/visits", TestTokens.user("sle.one", Role.SLE))).size()).isEqualTo(2);
        assertThat(Api.json(api.get("/api/schools", TestTokens.user("hub.lead", Role.HUB_LEAD).hub("EMSMH"))).path("totalElements")
                .asInt()).isEqualTo(31);
        assertThat(Api.json(api.get("/api/projects", TestTokens.user("leicestershire.officer", Role.LA_OFFICER).laCodes("855")))
                .findValuesAsString("title")).contains("Synthetic Leicester and Leicestershire KS3 maths project");
        assertThat(Api.json(api.get("/api/schools/990101/action-plans", TestTokens.user("school.lead", Role.SCHOOL_LEAD).urn("990101")))
                .get(0).path("objectives").get(0).path("rag").asString()).isEqualTo("RED");
    }
}
