package org.uplift.platform.events;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.uplift.contracts.Topics;
import org.uplift.platform.events.fixture.EventsTestApplication;
import org.uplift.platform.events.fixture.SchoolCountProjection;
import org.uplift.platform.testing.EmbeddedMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.uplift.platform.events.EventBackboneIT.envelope;
import static org.uplift.platform.events.EventBackboneIT.header;
import static org.uplift.platform.events.EventBackboneIT.parkedRecord;

/**
 * The batch listener path ({@link IdempotentConsumer#processBatch}): records are sent while the listener is stopped,
 * so they arrive together in one poll, then it is started.
 */
@SpringBootTest(classes = EventsTestApplication.class, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "uplift.events.produces=uplift.schools.school.v1",
        "uplift.events.consumes=uplift.schools.school.v1",
        "fixture.single-listener=false",
        "fixture.batch-listener=true"})
@EmbeddedKafka(partitions = 1)
@ContextConfiguration(initializers = EmbeddedMongo.class)
class BatchConsumerIT {

    @Autowired
    private SchoolCountProjection projection;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;
    @Autowired
    private EmbeddedKafkaBroker broker;

    private MessageListenerContainer listener;

    @BeforeEach
    void stopListener() {
        listener = listeners.getListenerContainer(SchoolCountProjection.BATCH);
        listener.stop();
        projection.batchSizes.clear();
    }

    @AfterEach
    void startListener() {
        listener.start();
    }

    @Test
    void aBatchWithRepeatsAppliesEachEventOnce() throws Exception {
        String repeated = envelope(UUID.randomUUID(), "990401", "Repeated School");
        send("990401", repeated);
        send("990401", repeated);
        send("990402", envelope(UUID.randomUUID(), "990402", "Other School"));
        send("990401", repeated);
        listener.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> projection.appliedCount("990402") == 1);
        assertThat(projection.appliedCount("990401")).isEqualTo(1);
        assertThat(projection.batchSizes).contains(2);

        listener.stop();
        send("990401", repeated);
        send("990403", envelope(UUID.randomUUID(), "990403", "Marker School"));
        listener.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.appliedCount("990403") == 1);
        assertThat(projection.appliedCount("990401")).as("an event applied in an earlier batch").isEqualTo(1);
    }

    @Test
    void aMalformedRecordInABatchIsParkedAndTheOthersAreApplied() throws Exception {
        send("990411", envelope(UUID.randomUUID(), "990411", "Before The Poison"));
        send("990412", "{not json");
        send("990413", envelope(UUID.randomUUID(), "990413", "After The Poison"));
        listener.start();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> projection.appliedCount("990411") == 1 && projection.appliedCount("990413") == 1);
        ConsumerRecord<String, String> parked = parkedRecord(broker, "990412");
        assertThat(parked.value()).isEqualTo("{not json");
        assertThat(header(parked, "kafka_dlt-exception-cause-fqcn")).endsWith("MalformedEventException");
        assertThat(header(parked, "kafka_dlt-original-topic")).isEqualTo(Topics.SCHOOL);
        assertThat(projection.batchSizes.getFirst()).as("the first poll applies what precedes the poison").isEqualTo(1);
    }

    @Test
    void anEventTheHandlerKeepsFailingOnIsRetriedThenParkedAndTheOthersAreAppliedOnce() throws Exception {
        send("990421", envelope(UUID.randomUUID(), "990421", "Fine Before"));
        send("990422", envelope(UUID.randomUUID(), "990422", "fail"));
        send("990423", envelope(UUID.randomUUID(), "990423", "Fine After"));
        listener.start();

        ConsumerRecord<String, String> parked = parkedRecord(broker, "990422");
        assertThat(header(parked, "kafka_dlt-exception-message")).contains("handler cannot apply this event");
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.appliedCount("990423") == 1);
        assertThat(projection.appliedCount("990421")).isEqualTo(1);
        assertThat(projection.appliedCount("990422")).isZero();
    }

    private void send(String key, String value) throws Exception {
        kafka.send(Topics.SCHOOL, key, value).get();
    }
}
