package org.uplift.e2e.deployment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import tools.jackson.databind.JsonNode;

/**
 * Strict validation of built-in Kubernetes objects against the API's own OpenAPI schema, as generated into the
 * official Java client's models (client-java 24 = Kubernetes 1.32, the kubectl here). Each model's
 * {@code validateJsonElement} rejects properties the schema does not define and reports required ones that are
 * missing, recursively.
 */
final class CoreSchemas {

    /** The API groups whose kinds live in the client's models, and only these: anything else must be a CRD. */
    private static final Set<String> CORE_GROUPS = Set.of("", "apps", "batch", "autoscaling", "policy",
            "networking.k8s.io", "rbac.authorization.k8s.io", "storage.k8s.io", "scheduling.k8s.io");

    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    private CoreSchemas() {
    }

    static boolean covers(JsonNode object) {
        return CORE_GROUPS.contains(group(K8sObject.apiVersion(object)));
    }

    /** Problems with a whole object; empty when it is valid. */
    static List<String> validate(JsonNode object) {
        String apiVersion = K8sObject.apiVersion(object);
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return validateAs(object, modelName(version, K8sObject.kind(object)));
    }

    /** Problems with a fragment validated as the given model, e.g. {@code V1ObjectMeta} or {@code V1PodTemplateSpec}. */
    static List<String> validateAs(JsonNode fragment, String model) {
        Optional<Method> validator = validator(model);
        if (validator.isEmpty()) {
            return List.of("no Kubernetes schema for " + model + " (unknown apiVersion/kind?)");
        }
        JsonElement json = JsonParser.parseString(fragment.toString());
        try {
            validator.get().invoke(null, json);
            return List.of();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return List.of(model + ": " + cause.getMessage());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static String modelName(String version, String kind) {
        return "V" + version.substring(1, 2).toUpperCase() + version.substring(2) + kind;
    }

    private static Optional<Method> validator(String model) {
        try {
            return Optional.of(Class.forName(MODELS + model).getMethod("validateJsonElement", JsonElement.class));
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }
}
