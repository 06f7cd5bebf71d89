package org.uplift.e2e.deployment;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every application workload is hardened, bounded, disruption-safe, spread, autoscaled and fenced in: the checks a
 * reviewer would otherwise do by eye on each Deployment, in every overlay.
 */
class WorkloadHardeningTest {

    private static final long MAX_MEMORY_BYTES = 300L * 1024 * 1024;

    static Stream<Arguments> deployments() {
        return Stream.of(Overlays.values()).flatMap(overlay -> K8sObject
                .ofKind(overlay.objects(), "Deployment").map(d -> Arguments.of(overlay, K8sObject.name(d))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void runsAsNonRootOnAReadOnlyRootWithNoCapabilitiesUnderRuntimeDefaultSeccomp(Overlays overlay, String name) {
        ObjectNode deployment = Workloads.deployment(overlay.objects(), name);
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = Workloads.container(deployment);
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isPositive();
        assertThat(pod.at("/securityContext/seccompProfile/type").asString()).isEqualTo("RuntimeDefault");
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(K8sObject.strings(container.at("/securityContext/capabilities/drop"))).containsExactly("ALL");
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(K8sObject.list(container.path("volumeMounts")))
                .as("a writable /tmp on the read-only root")
                .anySatisfy(m -> assertThat(m.path("mountPath").asString()).isEqualTo("/tmp"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void requestsAndLimitsCpuAndMemoryWithinThreeHundredMebibytes(Overlays overlay, String name) {
        JsonNode resources = Workloads.container(Workloads.deployment(overlay.objects(), name)).path("resources");
        for (String kind : List.of("requests", "limits")) {
            assertThat(resources.path(kind).has("cpu")).as("%s.cpu", kind).isTrue();
            assertThat(bytes(resources.path(kind).path("memory").asString())).as("%s.memory", kind)
                    .isPositive().isLessThanOrEqualTo(MAX_MEMORY_BYTES);
        }
        assertThat(resources.at("/requests/memory").asString()).as("memory request = limit")
                .isEqualTo(resources.at("/limits/memory").asString());
        assertThat(Workloads.environment(overlay.objects(), Workloads.deployment(overlay.objects(), name)))
                .as("the JVM sizes itself from the container limit").containsKey("JAVA_TOOL_OPTIONS");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void hasAPodDisruptionBudgetTopologySpreadAndAnAutoscaler(Overlays overlay, String name) {
        List<ObjectNode> objects = overlay.objects();
        ObjectNode deployment = Workloads.deployment(objects, name);
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        assertThat(K8sObject.ofKind(objects, "PodDisruptionBudget").filter(pdb -> selects(pdb.at("/spec/selector"), podLabels)))
                .as("PodDisruptionBudget for %s", name).hasSize(1);
        assertThat(K8sObject.list(deployment.at("/spec/template/spec/topologySpreadConstraints"))
                .stream().map(c -> c.path("topologyKey").asString()).toList())
                .contains("topology.kubernetes.io/zone", "kubernetes.io/hostname");
        long hpas = K8sObject.ofKind(objects, "HorizontalPodAutoscaler")
                .filter(h -> h.at("/spec/scaleTargetRef/name").asString().equals(name)).count();
        long scaledObjects = K8sObject.ofKind(objects, "ScaledObject")
                .filter(s -> s.at("/spec/scaleTargetRef/name").asString().equals(name)).count();
        assertThat(hpas + scaledObjects).as("exactly one autoscaler (HPA or KEDA ScaledObject) for %s", name)
                .isEqualTo(1);
        assertThat(deployment.at("/spec").has("replicas")).as("replicas belong to the autoscaler").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Overlays.class)
    void namespaceDeniesAllTrafficByDefaultAndEveryDeploymentHasItsOwnPolicy(Overlays overlay) {
        List<ObjectNode> objects = overlay.objects();
        ObjectNode deny = K8sObject.one(objects, "NetworkPolicy", "default-deny");
        assertThat(deny.at("/spec/podSelector").isEmpty()).isTrue();
        assertThat(K8sObject.strings(deny.at("/spec/policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.at("/spec").has("ingress") || deny.at("/spec").has("egress")).isFalse();
        K8sObject.ofKind(objects, "Deployment").forEach(d -> {
            JsonNode labels = d.at("/spec/template/metadata/labels");
            assertThat(K8sObject.ofKind(objects, "NetworkPolicy")
                    .filter(p -> !K8sObject.name(p).equals("default-deny") && !K8sObject.name(p).equals("allow-dns"))
                    .filter(p -> selects(p.at("/spec/podSelector"), labels))
                    .filter(p -> K8sObject.strings(p.at("/spec/policyTypes")).containsAll(List.of("Ingress", "Egress"))))
                    .as("ingress+egress policy for %s", K8sObject.name(d)).isNotEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Overlays.class)
    void onlyTheGatewayIsReachableFromTheEdgeAndServicesOnlyFromTheGateway(Overlays overlay) {
        List<ObjectNode> objects = overlay.objects();
        for (Deployables app : Deployables.values()) {
            ObjectNode policy = K8sObject.one(objects, "NetworkPolicy", app.module);
            JsonNode from = policy.at("/spec/ingress/0/from/0/podSelector/matchLabels");
            if (app == Deployables.GATEWAY) {
                assertThat(from.path("uplift.org/edge").asString()).isEqualTo("true");
            } else {
                assertThat(policy.at("/spec/ingress").size()).isEqualTo(1);
                assertThat(from.path("app.kubernetes.io/name").asString()).isEqualTo("gateway");
            }
        }
        List<String> backends = K8sObject.ofKind(objects, "HTTPRoute")
                .flatMap(r -> K8sObject.list(r.at("/spec/rules")).stream())
                .flatMap(rule -> K8sObject.list(rule.path("backendRefs")).stream())
                .map(ref -> ref.path("name").asString()).toList();
        assertThat(backends).as("what the internet can reach").containsExactlyInAnyOrder("gateway", "uplift-keycloak-service");
        ObjectNode gateway = K8sObject.one(objects, "Gateway", "uplift-public");
        K8sObject.list(gateway.at("/spec/listeners")).stream().filter(l -> l.path("protocol").asString().equals("HTTPS"))
                .forEach(l -> assertThat(l.at("/tls/mode").asString()).isEqualTo("Terminate"));
        assertThat(gateway.at("/spec/infrastructure/labels/uplift.org~1edge").asString()).isEqualTo("true");
    }

    static boolean selects(JsonNode selector, JsonNode labels) {
        JsonNode matchLabels = selector.path("matchLabels");
        for (Map.Entry<String, JsonNode> e : matchLabels.properties()) {
            if (!labels.path(e.getKey()).asString("").equals(e.getValue().asString())) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.path(expression.path("key").asString()).asString(null);
            List<String> values = K8sObject.strings(expression.path("values"));
            boolean ok = switch (expression.path("operator").asString()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return !matchLabels.isEmpty() || !selector.path("matchExpressions").isEmpty();
    }

    static long bytes(String quantity) {
        Map<String, Long> units = Map.of("Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30, "k", 1000L, "M", 1000_000L,
                "G", 1000_000_000L);
        for (Map.Entry<String, Long> unit : units.entrySet()) {
            if (quantity.endsWith(unit.getKey()) && Character.isDigit(quantity.charAt(quantity.length() - unit.getKey().length() - 1))) {
                return Long.parseLong(quantity.substring(0, quantity.length() - unit.getKey().length())) * unit.getValue();
            }
        }
        return Long.parseLong(quantity);
    }
}
