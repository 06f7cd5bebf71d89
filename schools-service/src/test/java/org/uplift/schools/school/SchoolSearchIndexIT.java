package org.uplift.schools.school;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.uplift.platform.testing.ServiceIntegrationTest;
import org.uplift.platform.testing.TestTokens;
import org.uplift.schools.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** The search index of a second instance (same database) sees the first instance's writes within 250 ms. */
@ServiceIntegrationTest
class SchoolSearchIndexIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    SchoolViews views;

    @Test
    void anotherInstanceSeesNewAndChangedSchoolsOnItsNextSearchAfterTheRecheckInterval() throws Exception {
        Api api = new Api(port);
        SchoolSearchIndex otherInstance = new SchoolSearchIndex(mongo, views);
        register(api, "991101");
        assertThat(urns(otherInstance)).contains("991101");

        register(api, "991102");
        String etag = Api.etag(api.get("/api/schools/991101", TestTokens.leicesterOfficer()));
        api.put("/api/schools/991101", TestTokens.leicesterOfficer(), etag, Map.of("establishmentNumber", "4401",
                "name", "Synthetic Renamed For Index", "phase", "Secondary", "type", "Academy converter"));
        Thread.sleep(300);

        assertThat(urns(otherInstance)).contains("991102");
        assertThat(otherInstance.current().byName().stream().filter(e -> e.school().urn().equals("991101")).findFirst().orElseThrow()
                .school().name()).isEqualTo("Synthetic Renamed For Index");
    }

    private static java.util.List<String> urns(SchoolSearchIndex index) {
        return index.current().byName().stream().map(e -> e.school().urn()).toList();
    }

    private static void register(Api api, String urn) {
        assertThat(api.post("/api/schools", TestTokens.leicesterOfficer(), Map.of("urn", urn, "laCode", "856",
                "establishmentNumber", "4401", "name", "Synthetic Index School " + urn, "phase", "Secondary",
                "type", "Academy converter")).statusCode()).isEqualTo(201);
    }
}
