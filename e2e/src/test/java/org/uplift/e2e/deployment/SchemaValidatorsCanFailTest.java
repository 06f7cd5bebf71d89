package org.uplift.e2e.deployment;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validators behind {@link SchemaValidationTest} reject broken objects: each case takes a valid rendered object,
 * breaks it in one way, and expects a problem naming the break. Without these, "everything validates" could mean
 * "nothing is checked".
 */
class SchemaValidatorsCanFailTest {

    @Test
    void coreValidatorRejectsAnUnknownFieldDeepInAPodTemplate() {
        assertThat(brokenCore("Deployment", "schools-service",
                d -> ((ObjectNode) d.at("/spec/template/spec/containers/0")).put("imagePulPolicy", "Always")))
                .anySatisfy(p -> assertThat(p).contains("imagePulPolicy"));
    }

    @Test
    void coreValidatorRejectsAMissingRequiredField() {
        assertThat(brokenCore("Deployment", "schools-service",
                d -> ((ObjectNode) d.at("/spec/template/spec/containers/0")).remove("name")))
                .anySatisfy(p -> assertThat(p).contains("name"));
        assertThat(brokenCore("HorizontalPodAutoscaler", "cpd-service",
                h -> ((ObjectNode) h.path("spec")).remove("maxReplicas")))
                .anySatisfy(p -> assertThat(p).contains("maxReplicas"));
    }

    @Test
    void coreValidatorRejectsAMisspeltFieldInANetworkPolicy() {
        assertThat(brokenCore("NetworkPolicy", "gateway",
                n -> ((ObjectNode) n.path("spec")).set("ingres", n.path("spec").path("ingress"))))
                .anySatisfy(p -> assertThat(p).contains("ingres"));
    }

    @Test
    void crdValidatorRejectsAnUnknownFieldInAStrimziResource() {
        assertThat(brokenCrd("Kafka", "uplift-kafka",
                k -> ((ObjectNode) k.at("/spec/kafka")).set("listenres", k.at("/spec/kafka/listeners"))))
                .anySatisfy(p -> assertThat(p).contains("listenres"));
    }

    @Test
    void crdValidatorRejectsAWrongTypeAndAValueOutsideAnEnum() {
        assertThat(brokenCrd("KafkaTopic", "uplift.cpd.booking.v1",
                t -> ((ObjectNode) t.path("spec")).put("partitions", "six")))
                .anySatisfy(p -> assertThat(p).contains("partitions"));
        assertThat(brokenCrd("KafkaUser", "cpd-service",
                u -> ((ObjectNode) u.at("/spec/authentication")).put("type", "plain")))
                .anySatisfy(p -> assertThat(p).contains("type"));
    }

    @Test
    void crdValidatorRejectsAMissingRequiredField() {
        assertThat(brokenCrd("Gateway", "uplift-public",
                g -> ((ObjectNode) g.at("/spec/listeners/0")).remove("protocol")))
                .anySatisfy(p -> assertThat(p).contains("protocol"));
        assertThat(brokenCrd("KeycloakRealmImport", "uplift-realm",
                r -> ((ObjectNode) r.path("spec")).remove("keycloakCRName")))
                .anySatisfy(p -> assertThat(p).contains("keycloakCRName"));
    }

    @Test
    void crdValidatorRejectsUnknownFieldsInsideTheRealmAndInMetadata() {
        assertThat(brokenCrd("KeycloakRealmImport", "uplift-realm",
                r -> ((ObjectNode) r.at("/spec/realm/clients/0")).put("redirectUrls", "https://x")))
                .anySatisfy(p -> assertThat(p).contains("redirectUrls"));
        assertThat(brokenCrd("MongoDBCommunity", "uplift-mongodb",
                m -> ((ObjectNode) m.path("metadata")).putObject("lables").put("a", "b")))
                .anySatisfy(p -> assertThat(p).contains("lables"));
    }

    @Test
    void anObjectOfAKindWithoutASchemaIsReportedNotSkipped() {
        ObjectNode unknown = Kustomize.YAML.createObjectNode().put("apiVersion", "example.org/v1").put("kind", "Thing");
        assertThat(CoreSchemas.covers(unknown)).isFalse();
        assertThat(CrdSchemas.covers(unknown)).isFalse();
        assertThat(CrdSchemas.validate(unknown)).isNotEmpty();
        assertThat(CrdSchemas.count()).as("served CRD versions loaded from k8s/crds").isGreaterThanOrEqualTo(14);
    }

    private static List<String> brokenCore(String kind, String name, Consumer<ObjectNode> breakIt) {
        ObjectNode object = K8sObject.one(Overlays.PROD.objects(), kind, name).deepCopy();
        assertThat(CoreSchemas.validate(object)).as("valid before breaking").isEmpty();
        breakIt.accept(object);
        return CoreSchemas.validate(object);
    }

    private static List<String> brokenCrd(String kind, String name, Consumer<ObjectNode> breakIt) {
        ObjectNode object = K8sObject.one(Overlays.PROD.objects(), kind, name).deepCopy();
        assertThat(CrdSchemas.validate(object)).as("valid before breaking").isEmpty();
        breakIt.accept(object);
        return CrdSchemas.validate(object);
    }
}
