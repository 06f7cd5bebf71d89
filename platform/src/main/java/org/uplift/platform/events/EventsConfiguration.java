package org.uplift.platform.events;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.ExponentialBackOff;
import org.uplift.contracts.TopicSpec;
import org.uplift.contracts.Topics;

import tools.jackson.databind.json.JsonMapper;

/**
 * The event backbone every service shares: the outbox and its relay on the producing side; idempotent handling,
 * bounded retries and dead-lettering on the consuming side; and the topics each service owns, declared up front.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@ConditionalOnClass({KafkaTemplate.class, MongoTemplate.class})
@EnableConfigurationProperties(EventsProperties.class)
class EventsConfiguration {

    /** JSON for envelopes: tolerant of fields a newer producer added. */
    private static final JsonMapper EVENTS_JSON = JsonMapper.builder().build();

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Outbox outbox(Clock clock, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new Outbox(EVENTS_JSON, clock, tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    /**
     * The relay gets a producer of its own, tuned for backlogs: when an outage or a burst leaves thousands of events
     * waiting, large batches (the default 16 KB holds ~30 envelopes) cut the broker round trips per event. The
     * service's template, used for dead-lettering, keeps the shared settings.
     */
    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, MongoMappingContext mapping, KafkaTemplate<String, String> kafka,
            EventsProperties properties, Environment environment, Clock clock, MeterRegistry meters,
            ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        KafkaTemplate<String, String> relayKafka = new KafkaTemplate<>(kafka.getProducerFactory(),
                Map.<String, Object>of(ProducerConfig.BATCH_SIZE_CONFIG, properties.relayBatchBytes()));
        return new OutboxRelay(mongo, mapping, relayKafka, EVENTS_JSON, properties,
                environment.getProperty("spring.application.name", "uplift"), clock, meters,
                tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    /** Wakes the relay as soon as an aggregate with pending events is saved, instead of waiting for the next poll. */
    @Bean
    AbstractMongoEventListener<Object> outboxSaveListener(OutboxRelay relay) {
        return new AbstractMongoEventListener<>() {
            @Override
            public void onAfterSave(AfterSaveEvent<Object> event) {
                Document document = event.getDocument();
                if (document != null && document.get("outbox") instanceof List<?> pending && !pending.isEmpty()) {
                    relay.nudge();
                }
            }
        };
    }

    @Bean
    IdempotentConsumer idempotentConsumer(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        return new IdempotentConsumer(mongo, EVENTS_JSON, clock, meters);
    }

    /**
     * For listeners that take a whole poll ({@link IdempotentConsumer#processBatch}): the same settings and error
     * handler as Boot's record listener factory, which services keep using by default.
     */
    @Bean(IdempotentConsumer.BATCH_LISTENER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> batchKafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        return factory;
    }

    /**
     * A few quick retries for passing trouble, then the record is parked on {@code <topic>.dlt} with the failure in
     * its headers and the consumer moves on. Unreadable records skip the retries.
     */
    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> kafka) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(record.topic() + ".dlt", -1));
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, failure) ->
                deadLetters.accept(record, consumer, withoutBatchWrapper(failure));
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(3_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    /**
     * A batch listener names the failed record with a {@link BatchListenerFailedException}; the parked record's
     * headers should carry what actually went wrong, as a record listener's do.
     */
    private static Exception withoutBatchWrapper(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchListenerFailedException batch && batch.getCause() != null) {
                String groupId = failure instanceof ListenerExecutionFailedException listener ? listener.getGroupId() : null;
                return new ListenerExecutionFailedException(batch.getCause().getMessage(), groupId, batch.getCause());
            }
        }
        return failure;
    }

    @Bean
    KafkaAdmin.NewTopics declaredTopics(EventsProperties properties) {
        Map<String, NewTopic> topics = new LinkedHashMap<>();
        properties.produces().forEach(name -> topics.put(name, newTopic(Topics.spec(name), properties.replicationFactor())));
        // Consumers declare what they read too: whoever starts first creates it with the right partitions, instead
        // of a subscription auto-creating it with one partition and missing the others until a metadata refresh.
        properties.consumes().forEach(name -> {
            topics.putIfAbsent(name, newTopic(Topics.spec(name), properties.replicationFactor()));
            topics.putIfAbsent(name + ".dlt", newTopic(Topics.spec(name).deadLetter(), properties.replicationFactor()));
        });
        return new KafkaAdmin.NewTopics(topics.values().toArray(NewTopic[]::new));
    }

    private static NewTopic newTopic(TopicSpec spec, int replicationFactor) {
        NewTopic topic = new NewTopic(spec.name(), spec.partitions(), (short) replicationFactor);
        topic.configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, spec.cleanup() == TopicSpec.Cleanup.COMPACT
                        ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, String.valueOf(spec.retention().toMillis())));
        return topic;
    }
}
