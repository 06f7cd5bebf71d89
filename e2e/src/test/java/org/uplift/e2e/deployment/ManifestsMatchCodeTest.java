package org.uplift.e2e.deployment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.uplift.contracts.TopicSpec;
import org.uplift.contracts.Topics;
import org.w3c.dom.Document;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The manifests and the code agree: topics, ACLs, ports, probes, environment variables and names. */
class ManifestsMatchCodeTest {

    /** Who produces and consumes what (team facts); consumers also write each consumed topic's .dlt. */
    private static final Map<String, List<String>> PRODUCES = Map.of(
            "schools-service", List.of(Topics.SCHOOL, Topics.PROJECT, Topics.REVIEW, Topics.ACTION_PLAN, Topics.VISIT),
            "cpd-service", List.of(Topics.PROGRAMME, Topics.BOOKING, Topics.ATTENDANCE),
            "assessment-service", List.of(Topics.RESULT),
            "reporting-service", List.of());
    private static final Map<String, List<String>> CONSUMES = Map.of(
            "schools-service", List.of(),
            "cpd-service", List.of(Topics.SCHOOL, Topics.PROJECT),
            "assessment-service", List.of(Topics.SCHOOL),
            "reporting-service", Topics.main().stream().map(TopicSpec::name).toList());

    static Stream<Arguments> overlaysAndApps() {
        return Overlays.deployable().flatMap(o -> Stream.of(Deployables.values()).map(d -> Arguments.of(o, d)));
    }

    @ParameterizedTest
    @EnumSource(Overlays.class)
    void kafkaTopicsAreExactlyTheContractsTopicsWithTheirPartitionsCleanupAndRetention(Overlays overlay) {
        Map<String, String> expected = new HashMap<>();
        for (TopicSpec spec : Topics.all()) {
            expected.put(spec.name(), describe(spec.partitions(), spec.cleanup().name().toLowerCase(),
                    spec.retention().toMillis()));
        }
        Map<String, String> actual = new HashMap<>();
        K8sObject.ofKind(overlay.objects(), "KafkaTopic").forEach(t -> {
            String name = t.at("/spec/topicName").asString(K8sObject.name(t));
            actual.put(name, describe(t.at("/spec/partitions").asInt(), t.at("/spec/config/cleanup.policy").asString(),
                    t.at("/spec/config/retention.ms").asLong()));
            assertThat(t.at("/metadata/labels/strimzi.io~1cluster").asString()).isEqualTo("uplift-kafka");
        });
        assertThat(actual).isEqualTo(expected);
        assertThat(Duration.ofMillis(-1)).isEqualTo(TopicSpec.FOREVER);
    }

    @Test
    void everyKafkaUserHasExactlyTheAclsItsServiceNeeds() {
        for (String service : PRODUCES.keySet()) {
            ObjectNode user = K8sObject.one(Overlays.PROD.objects(), "KafkaUser", service);
            assertThat(user.at("/spec/authentication/type").asString()).isEqualTo("scram-sha-512");
            Set<String> expected = new TreeSet<>();
            PRODUCES.get(service).forEach(t -> expected.add("topic literal " + t + " [Write, Describe]"));
            CONSUMES.get(service).forEach(t -> {
                expected.add("topic literal " + t + " [Read, Describe]");
                expected.add("topic literal " + t + ".dlt [Write, Describe]");
            });
            if (!CONSUMES.get(service).isEmpty()) {
                expected.add("group literal " + service + " [Read]");
            }
            if (service.equals("reporting-service")) {
                expected.add("group prefix reporting-service-rebuild- [Read]");
            }
            expected.add("cluster - - [IdempotentWrite]");
            Set<String> actual = new TreeSet<>();
            user.at("/spec/authorization/acls").forEach(acl -> actual.add(acl.at("/resource/type").asString() + " "
                    + acl.at("/resource/patternType").asString("-") + " " + acl.at("/resource/name").asString("-")
                    + " " + K8sObject.strings(acl.path("operations"))));
            assertThat(actual).as("ACLs of %s", service).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Deployables.class, names = {"SCHOOLS", "CPD", "ASSESSMENT", "REPORTING"})
    void topicsTheCodeDeclaresAreExactlyWithinWhatItsKafkaUserMayDo(Deployables app) {
        AppConfig config = app.config();
        List<String> produces = config.list("uplift.events.produces");
        List<String> consumes = config.list("uplift.events.consumes");
        assertThat(PRODUCES.get(app.module)).as("uplift.events.produces of %s", app.module).containsAll(produces);
        assertThat(CONSUMES.get(app.module)).as("uplift.events.consumes of %s", app.module).containsAll(consumes);
        Set<String> allowed = new HashSet<>();
        K8sObject.one(Overlays.PROD.objects(), "KafkaUser", app.module).at("/spec/authorization/acls").forEach(acl ->
                K8sObject.strings(acl.path("operations")).forEach(op -> allowed.add(op + " " + acl.at("/resource/name").asString())));
        produces.forEach(t -> assertThat(allowed).contains("Write " + t));
        consumes.forEach(t -> assertThat(allowed).contains("Read " + t, "Write " + t + ".dlt"));
        String group = config.property("spring.kafka.consumer.group-id")
                .or(() -> AppConfig.platformDefaults().property("spring.kafka.consumer.group-id"))
                .orElse("${spring.application.name}").replace("${spring.application.name}", app.module);
        assertThat(group).as("consumer group of %s (the ACLs allow the service name)", app.module).isEqualTo(app.module);
    }

    @Test
    void aclTopicsExistInTheContractsAndEachServiceOnlyWritesTopicsItOwns() {
        Set<String> known = Topics.all().stream().map(TopicSpec::name).collect(Collectors.toSet());
        PRODUCES.forEach((service, topics) -> topics.forEach(topic -> {
            assertThat(known).contains(topic);
            String owner = topic.split("\\.")[1];
            assertThat(service).as("owner of %s", topic).isEqualTo(owner + "-service");
        }));
        K8sObject.ofKind(Overlays.PROD.objects(), "KafkaUser").forEach(user -> user.at("/spec/authorization/acls")
                .forEach(acl -> {
                    if (acl.at("/resource/type").asString().equals("topic")
                            && acl.at("/resource/patternType").asString().equals("literal")) {
                        assertThat(known).as("topic in the ACLs of %s", K8sObject.name(user))
                                .contains(acl.at("/resource/name").asString());
                    }
                }));
    }

    @ParameterizedTest
    @EnumSource(Deployables.class)
    void deploymentServiceAccountAndKafkaUserAreNamedAfterTheApplication(Deployables app) {
        AppConfig config = app.config();
        assertThat(config.property("spring.application.name")).as("spring.application.name of %s", app.module)
                .contains(app.module);
        List<ObjectNode> objects = Overlays.PROD.objects();
        ObjectNode deployment = Workloads.deployment(objects, app.module);
        assertThat(deployment.at("/spec/template/spec/serviceAccountName").asString()).isEqualTo(app.module);
        K8sObject.one(objects, "Service", app.module);
        if (app.usesMongoAndKafka()) {
            K8sObject.one(objects, "KafkaUser", app.module);
        }
    }

    @ParameterizedTest
    @EnumSource(Deployables.class)
    void containerServiceAndNetworkPolicyPortsAreTheServerPort(Deployables app) {
        AppConfig config = app.config();
        assertThat(config.property("server.port")).as("server.port of %s", app.module).contains(String.valueOf(app.port));
        for (Overlays overlay : List.of(Overlays.DEV, Overlays.PROD)) {
            List<ObjectNode> objects = overlay.objects();
            JsonNode container = Workloads.container(Workloads.deployment(objects, app.module));
            assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(app.port);
            assertThat(container.at("/ports/0/name").asString()).isEqualTo("http");
            ObjectNode service = K8sObject.one(objects, "Service", app.module);
            assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(app.port);
            assertThat(service.at("/spec/ports/0/targetPort").asString()).isEqualTo("http");
            ObjectNode policy = K8sObject.one(objects, "NetworkPolicy", app.module);
            assertThat(policy.at("/spec/ingress/0/ports/0/port").asInt()).isEqualTo(app.port);
        }
    }

    @Test
    void gatewayRoutesPointAtTheServicesNamesAndPortsAndMayReachExactlyThem() {
        AppConfig gatewayConfig = Deployables.GATEWAY.config();
        List<ObjectNode> objects = Overlays.PROD.objects();
        Map<String, String> env = Workloads.environment(objects, Workloads.deployment(objects, "gateway"));
        Set<Integer> egressPorts = new HashSet<>();
        K8sObject.one(objects, "NetworkPolicy", "gateway").at("/spec/egress")
                .forEach(rule -> rule.path("ports").forEach(p -> egressPorts.add(p.path("port").asInt())));
        for (Deployables service : Deployables.services()) {
            String variable = service.name() + "_SERVICE_URL";
            assertThat(gatewayConfig.placeholders()).as("the gateway reads %s", variable).containsKey(variable);
            assertThat(env.get(variable)).isEqualTo("http://" + service.module + ":" + service.port);
            K8sObject.one(objects, "Service", service.module);
            assertThat(egressPorts).contains(service.port);
        }
    }

    @ParameterizedTest
    @EnumSource(Deployables.class)
    void probesUseTheActuatorHealthGroupsThatTheCodeEnables(Deployables app) {
        AppConfig config = app.config();
        AppConfig platform = AppConfig.platformDefaults();
        assertThat(platform.property("management.endpoint.health.probes.enabled")).contains("true");
        assertThat(platform.property("management.endpoints.web.exposure.include").orElse(""))
                .contains("health").contains("prometheus");
        for (AppConfig yml : List.of(config, platform)) {
            assertThat(yml.property("management.server.port"))
                    .as("actuator must stay on the server port the probes use (%s)", yml.module).isEmpty();
            assertThat(yml.property("management.endpoints.web.base-path").orElse("/actuator")).isEqualTo("/actuator");
        }
        for (Overlays overlay : List.of(Overlays.DEV, Overlays.PROD)) {
            JsonNode container = Workloads.container(Workloads.deployment(overlay.objects(), app.module));
            assertThat(container.at("/startupProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(container.path(probe).at("/httpGet/port").asString()).isEqualTo("http");
            }
        }
        K8sObject.ofKind(Overlays.PROD.objects(), "ServiceMonitor").forEach(monitor -> monitor.path("endpoints")
                .forEach(e -> assertThat(e.path("path").asString()).isEqualTo("/actuator/prometheus")));
    }

    @ParameterizedTest
    @MethodSource("overlaysAndApps")
    void everyEnvironmentVariableIsReadByTheCodeOrListedAsAPendingRequirement(Overlays overlay, Deployables app) {
        AppConfig config = app.config();
        Map<String, Optional<String>> read = new HashMap<>(AppConfig.platformDefaults().placeholders());
        read.putAll(config.placeholders());
        PendingRequirements pending = PendingRequirements.read();
        List<ObjectNode> objects = overlay.objects();
        Map<String, String> env = Workloads.environment(objects, Workloads.deployment(objects, app.module));
        List<String> unread = new ArrayList<>();
        for (String name : env.keySet()) {
            boolean isRead = read.containsKey(name) || name.equals("JAVA_TOOL_OPTIONS")
                    || name.startsWith("SPRING_") && AppConfig.bindsToSpringProperty(name);
            if (isRead) {
                assertThat(pending.isPending(app.module, name))
                        .as("%s now reads %s: remove it from the requirements in docs/deployment.md", app.module, name)
                        .isFalse();
            } else if (!pending.isPending(app.module, name)) {
                unread.add(name);
            }
        }
        assertThat(unread).as("variables set for %s that nothing in its code reads (and that docs/deployment.md "
                + "does not list as a requirement)", app.module).isEmpty();
        config.placeholders().forEach((name, fallback) -> {
            if (fallback.isEmpty()) {
                assertThat(env).as("%s requires %s (no default in application.yml)", app.module, name).containsKey(name);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("overlaysAndApps")
    void theVariablesTheTeamFixedAreSetForEachApplication(Overlays overlay, Deployables app) {
        app.config();
        List<ObjectNode> objects = overlay.objects();
        Map<String, String> env = Workloads.environment(objects, Workloads.deployment(objects, app.module));
        List<String> required = new ArrayList<>(List.of("OIDC_ISSUER_URI"));
        if (app.usesMongoAndKafka()) {
            required.addAll(List.of("MONGODB_URI", "MONGODB_DATABASE", "KAFKA_BOOTSTRAP_SERVERS",
                    "SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM",
                    "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"));
        } else {
            required.addAll(List.of("GATEWAY_CLIENT_SECRET", "GATEWAY_PUBLIC_URL", "SCHOOLS_SERVICE_URL",
                    "CPD_SERVICE_URL", "ASSESSMENT_SERVICE_URL", "REPORTING_SERVICE_URL"));
        }
        if (app == Deployables.ASSESSMENT) {
            required.add("PSEUDONYMISATION_KEY");
        }
        if (app == Deployables.CPD) {
            required.addAll(List.of("SPRING_MAIL_HOST", "SPRING_MAIL_PORT"));
        }
        assertThat(env).containsKeys(required.toArray(String[]::new));
        assertThat(env.get("OIDC_ISSUER_URI")).startsWith("https://").endsWith("/realms/uplift");
    }

    @ParameterizedTest
    @EnumSource(value = Deployables.class, names = {"SCHOOLS", "CPD", "ASSESSMENT", "REPORTING"})
    void eachServiceUsesItsOwnDatabaseAndItsMongoUserMayOnlyWriteThatOne(Deployables app) {
        AppConfig config = app.config();
        assertThat(config.effectiveDefault("spring.mongodb.database")).as("database in %s", app.module)
                .contains(app.database);
        List<ObjectNode> objects = Overlays.PROD.objects();
        Map<String, String> env = Workloads.environment(objects, Workloads.deployment(objects, app.module));
        assertThat(env.get("MONGODB_DATABASE")).isEqualTo(app.database);
        assertThat(env.get("MONGODB_URI")).isEqualTo("<secretKeyRef uplift-mongodb-" + app.module + ">");
        JsonNode user = K8sObject.list(K8sObject.one(objects, "MongoDBCommunity", "uplift-mongodb").at("/spec/users"))
                .stream().filter(u -> u.path("name").asString().equals(app.module)).findFirst().orElseThrow();
        assertThat(user.path("roles").size()).isEqualTo(1);
        assertThat(user.at("/roles/0/name").asString()).isEqualTo("readWrite");
        assertThat(user.at("/roles/0/db").asString()).isEqualTo(app.database);
        assertThat(user.path("connectionStringSecretName").asString()).isEqualTo("uplift-mongodb-" + app.module);
    }

    @ParameterizedTest
    @EnumSource(value = Overlays.class, names = {"DEV", "PROD"})
    void topicReplicationAgreesBetweenBrokersTopicsAndTheServicesTopicDeclarations(Overlays overlay) {
        List<ObjectNode> objects = overlay.objects();
        JsonNode config = K8sObject.one(objects, "Kafka", "uplift-kafka").at("/spec/kafka/config");
        int replicas = config.path("default.replication.factor").asInt();
        int brokers = K8sObject.ofKind(objects, "KafkaNodePool")
                .filter(p -> K8sObject.strings(p.at("/spec/roles")).contains("broker"))
                .mapToInt(p -> p.at("/spec/replicas").asInt()).sum();
        assertThat(replicas).isLessThanOrEqualTo(brokers);
        assertThat(config.path("min.insync.replicas").asInt()).isLessThanOrEqualTo(Math.max(1, replicas - 1));
        assertThat(K8sObject.ofKind(objects, "KafkaTopic").map(t -> t.at("/spec/replicas").asInt()).distinct().toList())
                .containsExactly(replicas);
        assertThat(AppConfig.platformDefaults().placeholders()).containsKey("KAFKA_REPLICATION_FACTOR");
        assertThat(K8sObject.configMap(objects, "uplift-kafka-config").at("/data/KAFKA_REPLICATION_FACTOR").asString())
                .isEqualTo(String.valueOf(replicas));
    }

    @ParameterizedTest
    @EnumSource(Overlays.class)
    void everyImageIsTheModulesImageTaggedWithTheProjectVersion(Overlays overlay) {
        String version = System.getProperty("uplift.version");
        assertThat(version).as("uplift.version (set by the e2e pom from project.version)").isNotBlank();
        for (Deployables app : Deployables.values()) {
            String image = Workloads.container(Workloads.deployment(overlay.objects(), app.module)).path("image").asString();
            assertThat(image).matches("(.+/)?uplift/" + app.module + ":" + Pattern.quote(version));
        }
    }

    @Test
    void imagesAreBuiltForExactlyTheDeployablesAsTheUserThePodsRunAs() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Repo.ROOT.resolve("pom.xml").toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        String jib = "//profile[id='images']//plugin[artifactId='jib-maven-plugin']/configuration/";
        assertThat(xpath.evaluate(jib + "from/image", pom)).as("nothing is pulled").isEqualTo("scratch");
        assertThat(xpath.evaluate(jib + "to/image", pom)).isEqualTo("uplift/${project.artifactId}:${project.version}");
        String user = xpath.evaluate(jib + "container/user", pom);
        String condition = xpath.evaluate("string(//profile[id='images']//condition[@property='uplift.image.skip']/or/"
                + "equals/@arg2)", pom) + " *" + xpath.evaluate("string(//profile[id='images']//condition"
                + "[@property='uplift.image.skip']/or/matches/@pattern)", pom);
        assertThat(condition).as("which modules get an image").isEqualTo("gateway *-service$");
        for (Overlays overlay : Overlays.values()) {
            K8sObject.ofKind(overlay.objects(), "Deployment").forEach(d -> {
                JsonNode pod = d.at("/spec/template/spec/securityContext");
                assertThat(pod.path("runAsUser").asInt() + ":" + pod.path("runAsGroup").asInt())
                        .as("%s runs as the image's user", K8sObject.id(d)).isEqualTo(user);
            });
        }
    }

    private static String describe(int partitions, String cleanup, long retentionMs) {
        return partitions + " partitions, cleanup " + cleanup + ", retention.ms " + retentionMs;
    }
}
