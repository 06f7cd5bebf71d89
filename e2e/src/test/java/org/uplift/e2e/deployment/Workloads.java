package org.uplift.e2e.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading a rendered Deployment the way the kubelet would: its container, and its environment with envFrom resolved. */
final class Workloads {

    private Workloads() {
    }

    static ObjectNode deployment(List<ObjectNode> objects, String name) {
        return K8sObject.one(objects, "Deployment", name);
    }

    static JsonNode container(ObjectNode deployment) {
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        if (containers.size() != 1) {
            throw new AssertionError(K8sObject.id(deployment) + " should run exactly one container");
        }
        return containers.get(0);
    }

    /** Every variable the container sees, mapped to its literal value or to where it comes from. */
    static Map<String, String> environment(List<ObjectNode> objects, ObjectNode deployment) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode container = container(deployment);
        for (JsonNode from : container.path("envFrom")) {
            String name = from.at("/configMapRef/name").asString("");
            if (name.isEmpty()) {
                throw new AssertionError(K8sObject.id(deployment) + ": envFrom only from ConfigMaps, got " + from);
            }
            ObjectNode configMap = K8sObject.ofKind(objects, "ConfigMap").filter(c -> K8sObject.name(c).equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError(K8sObject.id(deployment)
                            + " reads ConfigMap " + name + ", which the overlay does not contain"));
            configMap.path("data").properties().forEach(e -> env.put(e.getKey(), e.getValue().asString()));
        }
        for (JsonNode var : container.path("env")) {
            String source = var.has("value") ? var.path("value").asString()
                    : "<" + var.path("valueFrom").propertyNames().iterator().next() + " "
                            + var.at("/valueFrom/secretKeyRef/name").asString(var.path("valueFrom").toString()) + ">";
            env.put(var.path("name").asString(), source);
        }
        return env;
    }
}
