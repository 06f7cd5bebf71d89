package org.uplift.e2e.deployment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The overlays render, put everything in their namespace, agree on hostnames, and differ where they say they do. */
class OverlaysTest {

    @ParameterizedTest
    @EnumSource(Overlays.class)
    void rendersWithKubectlKustomize(Overlays overlay) {
        List<ObjectNode> objects = overlay.objects();
        System.out.printf("[deployment] %s renders %d objects: %s%n", overlay, objects.size(),
                SchemaValidationTest.summary(objects));
        assertThat(objects).hasSizeGreaterThan(50);
        assertThat(objects.stream().map(K8sObject::id).distinct().count()).as("no duplicate kind/name")
                .isEqualTo(objects.size());
    }

    @Test
    void eachDeployableOverlayPutsEverythingInItsOwnNamespace() {
        Map<Overlays, String> namespaces = Map.of(Overlays.DEV, "uplift-dev", Overlays.PROD, "uplift");
        namespaces.forEach((overlay, namespace) -> {
            for (ObjectNode object : overlay.objects()) {
                if (K8sObject.kind(object).equals("Namespace")) {
                    assertThat(K8sObject.name(object)).isEqualTo(namespace);
                } else {
                    assertThat(object.at("/metadata/namespace").asString()).as(K8sObject.id(object)).isEqualTo(namespace);
                }
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Overlays.class)
    void publicHostnamesAgreeAcrossGatewayRoutesKeycloakRealmAndApplications(Overlays overlay) {
        List<ObjectNode> objects = overlay.objects();
        JsonNode endpoints = K8sObject.configMap(objects, "uplift-public-endpoints").path("data");
        String app = endpoints.path("app-host").asString();
        String auth = endpoints.path("auth-host").asString();
        ObjectNode gateway = K8sObject.one(objects, "Gateway", "uplift-public");
        Set<String> listenerHosts = new TreeSet<>();
        gateway.at("/spec/listeners").forEach(l -> {
            if (l.has("hostname")) {
                listenerHosts.add(l.path("hostname").asString());
            }
        });
        assertThat(listenerHosts).containsExactlyInAnyOrder(app, auth);
        assertThat(K8sObject.strings(K8sObject.one(objects, "HTTPRoute", "uplift-app").at("/spec/hostnames")))
                .containsExactly(app);
        assertThat(K8sObject.strings(K8sObject.one(objects, "HTTPRoute", "uplift-auth").at("/spec/hostnames")))
                .containsExactly(auth);
        assertThat(K8sObject.strings(K8sObject.one(objects, "HTTPRoute", "uplift-https-redirect").at("/spec/hostnames")))
                .containsExactlyInAnyOrder(app, auth);
        assertThat(K8sObject.one(objects, "Keycloak", "uplift-keycloak").at("/spec/hostname/hostname").asString())
                .isEqualTo("https://" + auth);
        assertThat(K8sObject.configMap(objects, "uplift-oidc-config").at("/data/OIDC_ISSUER_URI").asString())
                .isEqualTo("https://" + auth + "/realms/uplift");
        assertThat(K8sObject.configMap(objects, "gateway-config").at("/data/GATEWAY_PUBLIC_URL").asString())
                .isEqualTo("https://" + app);
        JsonNode client = K8sObject.list(K8sObject.one(objects, "KeycloakRealmImport", "uplift-realm")
                .at("/spec/realm/clients")).stream()
                .filter(c -> c.path("clientId").asString().equals("uplift-gateway")).findFirst().orElseThrow();
        assertThat(client.path("rootUrl").asString()).isEqualTo("https://" + app);
        assertThat(K8sObject.strings(client.path("redirectUris"))).containsExactly("https://" + app + "/login/oauth2/code/*");
        assertThat(K8sObject.strings(client.path("webOrigins"))).containsExactly("https://" + app);
        assertThat(client.at("/attributes/post.logout.redirect.uris").asString()).isEqualTo("https://" + app + "/*");
    }

    @Test
    void devRunsOneOfEachStatefulPartAndProdRunsThemHighlyAvailable() {
        List<ObjectNode> dev = Overlays.DEV.objects();
        List<ObjectNode> prod = Overlays.PROD.objects();
        assertThat(K8sObject.ofKind(dev, "KafkaNodePool").map(p -> K8sObject.strings(p.at("/spec/roles"))).toList())
                .containsExactly(List.of("controller", "broker"));
        assertThat(K8sObject.ofKind(prod, "KafkaNodePool").mapToInt(p -> p.at("/spec/replicas").asInt()).sum())
                .isEqualTo(6);
        assertThat(K8sObject.ofKind(dev, "KafkaTopic").allMatch(t -> t.at("/spec/replicas").asInt() == 1)).isTrue();
        assertThat(K8sObject.ofKind(prod, "KafkaTopic").allMatch(t -> t.at("/spec/replicas").asInt() == 3)).isTrue();
        assertThat(K8sObject.one(prod, "Kafka", "uplift-kafka").at("/spec/kafka/config/min.insync.replicas").asInt())
                .isEqualTo(2);
        assertThat(K8sObject.one(dev, "MongoDBCommunity", "uplift-mongodb").at("/spec/members").asInt()).isEqualTo(1);
        assertThat(K8sObject.one(prod, "MongoDBCommunity", "uplift-mongodb").at("/spec/members").asInt()).isEqualTo(3);
        assertThat(K8sObject.one(prod, "Keycloak", "uplift-keycloak").at("/spec/instances").asInt()).isEqualTo(2);
        assertThat(K8sObject.one(prod, "Cluster", "uplift-keycloak-db").at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(K8sObject.ofKind(prod, "HorizontalPodAutoscaler").allMatch(h -> h.at("/spec/minReplicas").asInt() >= 2))
                .isTrue();
    }

    @Test
    void prodScalesReportingOnConsumerLagWithKedaAndDevKeepsACpuAutoscaler() {
        ObjectNode scaled = K8sObject.one(Overlays.PROD.objects(), "ScaledObject", "reporting-service");
        JsonNode kafka = K8sObject.list(scaled.at("/spec/triggers")).stream()
                .filter(t -> t.path("type").asString().equals("kafka")).findFirst().orElseThrow();
        assertThat(kafka.at("/metadata/consumerGroup").asString()).isEqualTo("reporting-service");
        assertThat(kafka.at("/metadata/bootstrapServers").asString()).isEqualTo(
                K8sObject.configMap(Overlays.PROD.objects(), "uplift-kafka-config").at("/data/KAFKA_BOOTSTRAP_SERVERS").asString());
        assertThat(K8sObject.ofKind(Overlays.PROD.objects(), "HorizontalPodAutoscaler").map(K8sObject::name))
                .doesNotContain("reporting-service");
        assertThat(K8sObject.ofKind(Overlays.DEV.objects(), "ScaledObject")).isEmpty();
        K8sObject.one(Overlays.DEV.objects(), "HorizontalPodAutoscaler", "reporting-service");
        JsonNode peers = K8sObject.one(Overlays.PROD.objects(), "Kafka", "uplift-kafka").at("/spec/kafka/listeners/0/networkPolicyPeers");
        assertThat(peers.toString()).as("KEDA may read offsets from the brokers").contains("keda-operator");
    }

    @ParameterizedTest
    @EnumSource(Overlays.class)
    void infrastructurePortsAgreeBetweenServersClientsRoutesAndNetworkPolicies(Overlays overlay) {
        List<ObjectNode> objects = overlay.objects();
        int keycloakPort = K8sObject.one(objects, "Keycloak", "uplift-keycloak").at("/spec/http/httpPort").asInt();
        assertThat(K8sObject.configMap(objects, "uplift-oidc-config").at("/data/OIDC_JWK_SET_URI").asString())
                .startsWith("http://uplift-keycloak-service:" + keycloakPort + "/realms/uplift/");
        assertThat(K8sObject.one(objects, "HTTPRoute", "uplift-auth").at("/spec/rules/0/backendRefs/0/port").asInt())
                .isEqualTo(keycloakPort);
        JsonNode listener = K8sObject.one(objects, "Kafka", "uplift-kafka").at("/spec/kafka/listeners/0");
        assertThat(listener.path("tls").asBoolean()).isTrue();
        assertThat(listener.at("/authentication/type").asString()).isEqualTo("scram-sha-512");
        assertThat(K8sObject.configMap(objects, "uplift-kafka-config").at("/data/KAFKA_BOOTSTRAP_SERVERS").asString())
                .isEqualTo("uplift-kafka-kafka-bootstrap:" + listener.path("port").asInt());
        for (Deployables app : Deployables.services()) {
            List<Integer> egress = K8sObject.one(objects, "NetworkPolicy", app.module).at("/spec/egress").valueStream()
                    .flatMap(rule -> rule.path("ports").valueStream()).map(p -> p.path("port").asInt()).toList();
            assertThat(egress).as("egress of %s", app.module)
                    .contains(listener.path("port").asInt(), 27017, keycloakPort);
        }
    }
}
