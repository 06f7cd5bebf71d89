package org.uplift.e2e.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rendered object is one the cluster would accept with strict field validation. */
class SchemaValidationTest {

    @ParameterizedTest
    @EnumSource(Overlays.class)
    void everyObjectValidatesStrictlyAgainstItsKubernetesOrCrdSchema(Overlays overlay) {
        List<ObjectNode> objects = overlay.objects();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> validated = new TreeMap<>();
        for (ObjectNode object : objects) {
            List<String> found = CoreSchemas.covers(object) ? CoreSchemas.validate(object)
                    : CrdSchemas.covers(object) ? CrdSchemas.validate(object)
                    : List.of("no schema for " + K8sObject.apiVersion(object) + " " + K8sObject.kind(object)
                            + " (copy its CRD into k8s/crds)");
            found.forEach(p -> problems.add(K8sObject.id(object) + ": " + p));
            validated.merge((CoreSchemas.covers(object) ? "core " : "crd ") + K8sObject.kind(object), 1, Integer::sum);
        }
        System.out.printf("[deployment] %s: %d objects validated strictly, %d problems; %s%n", overlay,
                objects.size(), problems.size(), validated);
        assertThat(problems).as("schema problems in %s", overlay).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Overlays.class)
    void podTemplatesEmbeddedInOperatorResourcesAreValidPodTemplates(Overlays overlay) {
        List<ObjectNode> objects = overlay.objects();
        List<String> problems = new ArrayList<>();
        // The MongoDB operator merges statefulSet.spec into its StatefulSet; the CRD leaves it unchecked.
        K8sObject.ofKind(objects, "MongoDBCommunity").forEach(mongo -> {
            JsonNode spec = mongo.path("spec").path("statefulSet").path("spec");
            problems.addAll(CoreSchemas.validateAs(spec.path("template"), "V1PodTemplateSpec"));
            spec.path("volumeClaimTemplates")
                    .forEach(pvc -> problems.addAll(CoreSchemas.validateAs(pvc, "V1PersistentVolumeClaim")));
        });
        assertThat(problems).isEmpty();
    }

    static String summary(List<ObjectNode> objects) {
        return objects.stream().collect(Collectors.groupingBy(K8sObject::kind, TreeMap::new, Collectors.counting()))
                .toString();
    }
}
