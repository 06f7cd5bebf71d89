package org.uplift.e2e.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validation of custom resources against the {@code openAPIV3Schema} of the operators' CRDs copied into
 * {@code k8s/crds/}, made as strict as the API server's {@code fieldValidation=Strict}: every object schema that
 * lists its properties and does not preserve unknown fields gets {@code additionalProperties: false}, so an unknown or
 * misspelt field fails instead of being silently pruned. Kubernetes' schema extensions are translated:
 * {@code x-kubernetes-int-or-string} becomes "integer or string". CEL rules ({@code x-kubernetes-validations}) are not
 * evaluated.
 */
final class CrdSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());
    private static final Map<String, Schema> BY_API_VERSION_AND_KIND = load(Repo.CRDS);

    private CrdSchemas() {
    }

    static boolean covers(JsonNode object) {
        return BY_API_VERSION_AND_KIND.containsKey(key(K8sObject.apiVersion(object), K8sObject.kind(object)));
    }

    static List<String> validate(JsonNode object) {
        Schema schema = BY_API_VERSION_AND_KIND.get(key(K8sObject.apiVersion(object), K8sObject.kind(object)));
        if (schema == null) {
            return List.of("no CRD in k8s/crds serves " + K8sObject.apiVersion(object) + " " + K8sObject.kind(object));
        }
        List<String> problems = new ArrayList<>();
        schema.validate(object).forEach(error -> problems.add(error.toString()));
        // The CRD schema says only "metadata: object"; the API server checks ObjectMeta itself.
        problems.addAll(CoreSchemas.validateAs(object.path("metadata"), "V1ObjectMeta"));
        return problems;
    }

    static int count() {
        return BY_API_VERSION_AND_KIND.size();
    }

    private static Map<String, Schema> load(Path dir) {
        Map<String, Schema> schemas = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode crd = Kustomize.YAML.readTree(Files.readString(file));
                String group = crd.path("spec").path("group").asString();
                String kind = crd.path("spec").path("names").path("kind").asString();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    if (!version.path("served").asBoolean(false)) {
                        continue;
                    }
                    ObjectNode schema = (ObjectNode) version.path("schema").path("openAPIV3Schema").deepCopy();
                    // Every object has these at its root, whether or not a generated CRD bothers to say so.
                    ObjectNode root = schema.withObject("properties");
                    root.putObject("apiVersion").put("type", "string");
                    root.putObject("kind").put("type", "string");
                    root.putObject("metadata").put("type", "object");
                    strict(schema);
                    schemas.put(key(group + "/" + version.path("name").asString(), kind), REGISTRY.getSchema(schema));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(schemas);
    }

    /** Rewrites a CRD schema in place into plain OpenAPI 3.0 with unknown fields forbidden. */
    static JsonNode strict(JsonNode schema) {
        if (!(schema instanceof ObjectNode node)) {
            return schema;
        }
        if (node.path("x-kubernetes-int-or-string").asBoolean(false)) {
            node.remove("type");
            node.set("anyOf", JsonNodeFactory.instance.arrayNode()
                    .add(JsonNodeFactory.instance.objectNode().put("type", "integer"))
                    .add(JsonNodeFactory.instance.objectNode().put("type", "string")));
        }
        boolean preserves = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (node.has("properties") && !node.has("additionalProperties") && !preserves) {
            node.put("additionalProperties", false);
        }
        node.path("properties").forEach(CrdSchemas::strict);
        for (String single : List.of("items", "additionalProperties", "not")) {
            strict(node.path(single));
        }
        for (String many : List.of("allOf", "anyOf", "oneOf")) {
            node.path(many).forEach(CrdSchemas::strict);
        }
        return node;
    }

    static Optional<String> missingSchema(JsonNode object) {
        return CoreSchemas.covers(object) || covers(object) ? Optional.empty()
                : Optional.of(K8sObject.apiVersion(object) + " " + K8sObject.kind(object));
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }
}
