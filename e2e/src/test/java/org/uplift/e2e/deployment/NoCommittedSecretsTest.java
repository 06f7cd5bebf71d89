package org.uplift.e2e.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret value is committed: Secrets are created in the cluster (by operators or the installer, k8s/README.md)
 * and only ever referenced by name.
 */
class NoCommittedSecretsTest {

    /** Variable names that smell of credentials must come from a Secret, never from a literal or a ConfigMap. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(SECRET|PASSWORD|PASSWD|TOKEN|JAAS|CREDENTIAL|_KEY$|^KEY$|PRIVATE).*");

    @ParameterizedTest
    @EnumSource(Overlays.class)
    void noRenderedSecretCarriesAValue(Overlays overlay) {
        List<String> offenders = new ArrayList<>();
        for (ObjectNode object : overlay.objects()) {
            if (K8sObject.kind(object).equals("Secret")
                    && (hasEntries(object.path("data")) || hasEntries(object.path("stringData")))) {
                offenders.add(K8sObject.id(object));
            }
        }
        assertThat(offenders).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Overlays.class)
    void credentialLikeVariablesAndConfigMapKeysAreNeverLiterals(Overlays overlay) {
        List<String> offenders = new ArrayList<>();
        for (ObjectNode object : overlay.objects()) {
            if (K8sObject.kind(object).equals("ConfigMap")) {
                object.path("data").propertyNames().stream().filter(k -> SECRET_NAME.matcher(k.toUpperCase()).matches())
                        .forEach(k -> offenders.add(K8sObject.id(object) + " key " + k));
            }
            object.findValues("env").forEach(envList -> envList.forEach(var -> {
                String name = var.path("name").asString("");
                if (var.has("value") && SECRET_NAME.matcher(name).matches()) {
                    offenders.add(K8sObject.id(object) + " env " + name);
                }
            }));
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void noCommittedFileUnderK8sDefinesASecretOrASecretGeneratorWithValues() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Repo.K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(f -> !f.startsWith(Repo.CRDS)).toList()) {
                for (ObjectNode doc : Kustomize.parseAll(Files.readString(file))) {
                    if (K8sObject.kind(doc).equals("Secret")
                            && (hasEntries(doc.path("data")) || hasEntries(doc.path("stringData")))) {
                        offenders.add(Repo.ROOT.relativize(file) + ": Secret " + K8sObject.name(doc));
                    }
                    if (doc.has("secretGenerator")) {
                        offenders.add(Repo.ROOT.relativize(file) + ": secretGenerator");
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCheckCatchesALiteralSecretWhenThereIsOne() {
        ObjectNode secret = Kustomize.parseAll("""
                apiVersion: v1
                kind: Secret
                metadata: {name: leaked}
                stringData: {password: hunter2}
                """).get(0);
        assertThat(hasEntries(secret.path("stringData"))).isTrue();
        assertThat(SECRET_NAME.matcher("GATEWAY_CLIENT_SECRET").matches()).isTrue();
        assertThat(SECRET_NAME.matcher("PSEUDONYMISATION_KEY").matches()).isTrue();
        assertThat(SECRET_NAME.matcher("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG").matches()).isTrue();
        assertThat(SECRET_NAME.matcher("KAFKA_BOOTSTRAP_SERVERS").matches()).isFalse();
    }

    @Test
    void everySecretTheManifestsReferenceIsDocumentedWithWhoCreatesIt() throws IOException {
        String readme = Files.readString(Repo.K8S.resolve("README.md"));
        List<String> undocumented = new ArrayList<>();
        for (Overlays overlay : Overlays.values()) {
            for (ObjectNode object : overlay.objects()) {
                for (JsonNode ref : object.findValues("secretKeyRef")) {
                    String name = ref.path("name").asString();
                    if (!readme.contains("`" + name + "`")) {
                        undocumented.add(K8sObject.id(object) + " -> " + name);
                    }
                }
                for (JsonNode ref : object.findValues("passwordSecretRef")) {
                    if (!readme.contains("`" + ref.path("name").asString() + "`")) {
                        undocumented.add(K8sObject.id(object) + " -> " + ref.path("name").asString());
                    }
                }
            }
        }
        assertThat(undocumented).as("Secrets referenced but not listed in k8s/README.md").isEmpty();
    }

    private static boolean hasEntries(JsonNode node) {
        return node.isObject() && !node.isEmpty();
    }
}
