package org.uplift.platform.events;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.uplift.contracts.Topics;
import org.uplift.platform.events.fixture.EventsTestApplication;
import org.uplift.platform.events.fixture.SchoolCountProjection;
import org.uplift.platform.events.fixture.TestSchool;
import org.uplift.platform.events.fixture.TestSchools;
import org.uplift.platform.testing.EmbeddedMongo;
import org.uplift.platform.testing.TcpForwarder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The service starts and takes writes while Kafka is down; the outbox holds the event until the broker is back. */
@SpringBootTest(classes = EventsTestApplication.class, properties = {
        "spring.kafka.admin.auto-create=false",
        "uplift.events.poll-interval=200ms",
        "uplift.events.max-backoff=1s"})
@ContextConfiguration(initializers = EmbeddedMongo.class)
class BrokerOutageIT {

    private static final TcpForwarder bootstrap = TcpForwarder.create();
    private static EmbeddedKafkaKraftBroker broker;

    @Autowired
    private TestSchools schools;
    @Autowired
    private Outbox outbox;
    @Autowired
    private SchoolCountProjection projection;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + bootstrap.port());
    }

    @AfterAll
    static void stopBroker() throws Exception {
        bootstrap.close();
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void aSchoolCreatedWhileTheBrokerIsDownIsPublishedOnceItIsBack() throws Exception {
        TestSchool school = new TestSchool("990301", "Created During Outage");
        school.record(outbox.event("990301", "856", EventBackboneIT.registered("990301", "Created During Outage")));
        schools.save(school);

        Thread.sleep(Duration.ofSeconds(6));
        assertThat(schools.findById("990301")).hasValueSatisfying(saved -> assertThat(saved.outboxSize()).isEqualTo(1));
        assertThat(projection.appliedCount("990301")).isZero();

        broker = new EmbeddedKafkaKraftBroker(1, 1, Topics.SCHOOL, Topics.SCHOOL + ".dlt");
        broker.afterPropertiesSet();
        String[] hostPort = broker.getBrokersAsString().split(",")[0].split(":");
        bootstrap.forwardTo(hostPort[0], Integer.parseInt(hostPort[1]));

        await().atMost(Duration.ofSeconds(90)).until(() -> projection.appliedCount("990301") == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> schools.findById("990301").orElseThrow().outboxSize() == 0);
    }
}
