package org.uplift.contracts;

import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uplift.contracts.EventType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the rule that a major version only grows: the checked-in schema of each event type is what consumers rely
 * on, so the current payload record must still produce JSON that satisfies it (nothing renamed, removed or retyped),
 * must still have every property the schema names, and the schema must let consumers meet unknown fields.
 */
class EventSchemaCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<EventType> eventTypes() {
        return EventTypes.all().stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void aFullyPopulatedPayloadSatisfiesTheSchemaOfItsMajorVersion(EventType type) throws Exception {
        assertValid(type, JSON.valueToTree(SamplePayloads.of(type.payload(), false)));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void aPayloadWithEveryOptionalFieldEmptySatisfiesTheSchema(EventType type) throws Exception {
        assertValid(type, JSON.valueToTree(SamplePayloads.of(type.payload(), true)));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyPropertyTheSchemaPromisesIsStillInTheRecord(EventType type) throws Exception {
        JsonNode schema = schemaJson(type);
        assertPropertiesPresent(schema, schema, type.payload(), type.name());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void typeNamesAreStableStringsNotJavaClassNames(EventType type) {
        assertThat(type.name()).matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*")
                .doesNotContain(type.payload().getSimpleName());
        assertThat(Topics.main()).extracting(TopicSpec::name).contains(type.topic());
    }

    private static void assertValid(EventType type, JsonNode payload) throws Exception {
        Schema schema = SCHEMAS.getSchema(schemaJson(type).toString());
        List<Error> errors = schema.validate(payload);
        assertThat(errors).as("%s payload %s against %s", type.name(), payload, type.schemaResource()).isEmpty();
    }

    private static JsonNode schemaJson(EventType type) throws Exception {
        try (InputStream in = EventSchemaCompatibilityTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s is checked in", type.schemaResource()).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static void assertPropertiesPresent(JsonNode root, JsonNode schema, Class<?> record, String path) {
        JsonNode resolved = resolve(root, schema);
        assertThat(resolved.path("additionalProperties").asBoolean(true))
                .as("%s must let consumers meet unknown fields", path).isTrue();
        Map<String, RecordComponent> components = SamplePayloads.components(record);
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            RecordComponent component = components.get(property.getKey());
            assertThat(component).as("%s.%s is in the v1 schema but gone from %s", path, property.getKey(),
                    record.getSimpleName()).isNotNull();
            if (component.getType().isRecord()) {
                assertPropertiesPresent(root, property.getValue(), component.getType(), path + "." + property.getKey());
            }
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        String ref = schema.path("$ref").asString(null);
        return ref == null ? schema : root.at(ref.substring(1));
    }

    /** Builds payload instances by reflection so new fields are covered without editing the test. */
    static final class SamplePayloads {

        static Object of(Class<?> type, boolean emptyOptionals) throws Exception {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                boolean optional = components[i].getAnnotatedType().isAnnotationPresent(Nullable.class);
                values[i] = optional && emptyOptionals ? null : sample(components[i].getName(),
                        components[i].getGenericType(), emptyOptionals);
            }
            return type.getDeclaredConstructor(types).newInstance(values);
        }

        static Map<String, RecordComponent> components(Class<?> record) {
            return Stream.of(record.getRecordComponents())
                    .collect(java.util.stream.Collectors.toMap(RecordComponent::getName, c -> c));
        }

        private static Object sample(String name, Type type, boolean emptyOptionals) throws Exception {
            if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
                return List.of(sample(name, list.getActualTypeArguments()[0], emptyOptionals));
            }
            Class<?> raw = (Class<?>) type;
            if (raw.isRecord()) {
                return of(raw, emptyOptionals);
            }
            if (raw.isEnum()) {
                return raw.getEnumConstants()[0];
            }
            return switch (raw.getSimpleName()) {
                case "String" -> sampleString(name);
                case "int", "Integer" -> 1;
                case "long", "Long" -> 1L;
                case "double", "Double" -> 1.5;
                case "boolean", "Boolean" -> true;
                case "BigDecimal" -> BigDecimal.ONE;
                case "LocalDate" -> LocalDate.of(2026, 9, 1);
                case "Instant" -> Instant.parse("2026-09-01T09:00:00Z");
                case "UUID" -> UUID.fromString("00000000-0000-0000-0000-000000000001");
                default -> throw new IllegalArgumentException("add a sample for " + raw);
            };
        }

        /** Values shaped like the real thing, since schemas check identifiers' patterns. */
        private static String sampleString(String name) {
            return switch (name) {
                case "urn" -> "990101";
                case "laCode", "leadLaCode" -> "856";
                case "regionCode" -> "E12000004";
                case "establishmentNumber" -> "4001";
                case "status" -> "OPEN";
                case "academicYear" -> "2025/26";
                case "pupilId" -> "0".repeat(64);
                case "term" -> "SUMMER";
                case "estimatesSource" -> "PLATFORM";
                default -> "sample";
            };
        }
    }
}
