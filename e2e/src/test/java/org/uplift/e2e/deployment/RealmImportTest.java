package org.uplift.e2e.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The production realm import is generated from the local stack's realm, and stays so. */
class RealmImportTest {

    @Test
    void committedRealmImportIsExactlyWhatTheGeneratorMakesFromTheDevstackRealm() throws IOException {
        assertThat(Repo.REALM_SOURCE).as("the local stack's realm definition").isRegularFile();
        String generated = RealmImportGenerator.generate(Repo.REALM_SOURCE);
        if (Boolean.getBoolean("uplift.regenerate")) {
            Files.writeString(Repo.REALM_IMPORT, generated);
        }
        assertThat(Files.readString(Repo.REALM_IMPORT))
                .as("k8s/base/keycloak/realm-import.yaml drifted from %s; regenerate it with "
                        + "./mvnw -q -pl e2e -am test -Dtest=RealmImportTest -Duplift.regenerate=true "
                        + "-Dsurefire.failIfNoSpecifiedTests=false", Repo.REALM_SOURCE)
                .isEqualTo(generated);
    }

    @Test
    void productionRealmHasNoUsersNoDevClientsAndNoLiteralSecrets() {
        JsonNode realm = committedRealm();
        assertThat(realm.has("users")).as("users in the production realm").isFalse();
        List<String> clients = K8sObject.list(realm.path("clients")).stream()
                .map(c -> c.path("clientId").asString()).toList();
        assertThat(clients).contains(RealmImportGenerator.GATEWAY_CLIENT).doesNotContain("uplift-cli");
        realm.path("clients").forEach(client -> {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(false))
                    .as("password grant on %s", client.path("clientId")).isFalse();
            if (client.has("secret")) {
                assertThat(client.path("secret").asString()).isEqualTo(RealmImportGenerator.SECRET_PLACEHOLDER);
            }
        });
        assertThat(realm.toString()).doesNotContain("localhost").doesNotContain("uplift-dev");
    }

    @Test
    void gatewayClientSecretPlaceholderIsFilledFromTheSecretTheGatewayReads() {
        ObjectNode realmImport = realmImport();
        assertThat(realmImport.at("/spec/placeholders/GATEWAY_CLIENT_SECRET/secret/name").asString())
                .isEqualTo("uplift-gateway-oidc");
        ObjectNode gateway = K8sObject.one(Overlays.BASE.objects(), "Deployment", "gateway");
        JsonNode secretRef = K8sObject.list(gateway.at("/spec/template/spec/containers/0/env")).stream()
                .filter(e -> e.path("name").asString().equals("GATEWAY_CLIENT_SECRET"))
                .findFirst().orElseThrow().at("/valueFrom/secretKeyRef");
        assertThat(secretRef.path("name").asString()).isEqualTo("uplift-gateway-oidc");
        assertThat(secretRef.path("key").asString())
                .isEqualTo(realmImport.at("/spec/placeholders/GATEWAY_CLIENT_SECRET/secret/key").asString());
    }

    @Test
    void productionRealmKeepsTheRolesScopesAndUserProfileOfTheDevstackRealm() throws IOException {
        JsonNode source = Kustomize.YAML.readTree(Files.readString(Repo.REALM_SOURCE));
        JsonNode realm = committedRealm();
        assertThat(realm.path("roles")).isEqualTo(source.path("roles"));
        assertThat(realm.path("clientScopes")).isEqualTo(source.path("clientScopes"));
        assertThat(realm.path("components")).isEqualTo(source.path("components"));
    }

    private static JsonNode committedRealm() {
        return realmImport().path("spec").path("realm");
    }

    private static ObjectNode realmImport() {
        return K8sObject.one(Overlays.BASE.objects(), "KeycloakRealmImport", "uplift-realm");
    }
}
