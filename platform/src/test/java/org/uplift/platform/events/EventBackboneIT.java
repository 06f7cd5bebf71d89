package org.uplift.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.ContextConfiguration;
import org.uplift.contracts.Topics;
import org.uplift.contracts.schools.SchoolRegistered;
import org.uplift.contracts.schools.SchoolSnapshot;
import org.uplift.platform.events.fixture.EventsTestApplication;
import org.uplift.platform.events.fixture.SchoolCountProjection;
import org.uplift.platform.events.fixture.TestSchool;
import org.uplift.platform.events.fixture.TestSchools;
import org.uplift.platform.testing.EmbeddedMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = EventsTestApplication.class, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "uplift.events.produces=uplift.schools.school.v1",
        "uplift.events.consumes=uplift.schools.school.v1",
        "uplift.events.poll-interval=200ms"})
@EmbeddedKafka(partitions = 1)
@ContextConfiguration(initializers = EmbeddedMongo.class)
class EventBackboneIT {

    @Autowired
    private TestSchools schools;
    @Autowired
    private Outbox outbox;
    @Autowired
    private SchoolCountProjection projection;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private Tracer tracer;
    @Autowired
    private EmbeddedKafkaBroker broker;

    @Test
    void publishesTheOutboxAndTheProjectionAppliesItInTheCallersTrace() {
        Span request = tracer.nextSpan().name("POST /api/schools").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            TestSchool school = new TestSchool("990201", "Synthetic Primary");
            school.record(outbox.event("990201", "856", registered("990201", "Synthetic Primary")));
            schools.save(school);
        } finally {
            request.end();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> projection.appliedCount("990201") == 1);
        assertThat(projection.appliedTraceIds).contains(request.context().traceId());
        await().atMost(Duration.ofSeconds(5)).until(() -> schools.findById("990201").orElseThrow().outboxSize() == 0);
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() throws Exception {
        String envelope = envelope(UUID.randomUUID(), "990202", "Synthetic Secondary");
        kafka.send(Topics.SCHOOL, "990202", envelope).get();
        kafka.send(Topics.SCHOOL, "990202", envelope).get();
        String marker = envelope(UUID.randomUUID(), "990203", "Marker School");
        kafka.send(Topics.SCHOOL, "990203", marker).get();

        await().atMost(Duration.ofSeconds(20)).until(() -> projection.appliedCount("990203") == 1);
        assertThat(projection.appliedCount("990202")).isEqualTo(1);
    }

    @Test
    void aMalformedMessageIsParkedOnTheDeadLetterTopicAndTheConsumerKeepsGoing() throws Exception {
        kafka.send(Topics.SCHOOL, "990204", "{not json").get();
        kafka.send(Topics.SCHOOL, "990205", envelope(UUID.randomUUID(), "990205", "After The Poison")).get();

        await().atMost(Duration.ofSeconds(20)).until(() -> projection.appliedCount("990205") == 1);
        ConsumerRecord<String, String> parked = parkedRecord("990204");
        assertThat(parked.value()).isEqualTo("{not json");
        assertThat(header(parked, "kafka_dlt-exception-cause-fqcn")).endsWith("MalformedEventException");
        assertThat(header(parked, "kafka_dlt-original-topic")).isEqualTo(Topics.SCHOOL);
    }

    @Test
    void anEventTheHandlerKeepsFailingOnIsRetriedThenParked() throws Exception {
        kafka.send(Topics.SCHOOL, "990206", envelope(UUID.randomUUID(), "990206", "fail")).get();

        ConsumerRecord<String, String> parked = parkedRecord("990206");
        assertThat(header(parked, "kafka_dlt-exception-message")).contains("handler cannot apply this event");
        assertThat(projection.appliedCount("990206")).isZero();
    }

    private ConsumerRecord<String, String> parkedRecord(String key) {
        return parkedRecord(broker, key);
    }

    /** Reads the dead-letter topic from its start until the record for {@code key} turns up. */
    static ConsumerRecord<String, String> parkedRecord(EmbeddedKafkaBroker broker, String key) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dlt-reader-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        try (Consumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.SCHOOL + ".dlt"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("nothing parked for key " + key);
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value());
    }

    static SchoolRegistered registered(String urn, String name) {
        return new SchoolRegistered(new SchoolSnapshot(urn, "856", "E12000004", "4001", name, "Primary",
                "Community school", "OPEN", null, "LE1 1AA", null));
    }

    static String envelope(UUID id, String urn, String name) {
        return """
                {"eventId":"%s","type":"school.registered","version":1,"occurredAt":"2026-11-23T10:00:00Z",
                 "source":"test","laCode":"856","futureField":{"ignored":true},
                 "payload":{"school":{"urn":"%s","laCode":"856","regionCode":"E12000004","establishmentNumber":"4001",
                 "name":"%s","phase":"Primary","type":"Community school","status":"OPEN"}}}"""
                .formatted(id, urn, name);
    }
}
