package org.uplift.e2e.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Turns the local stack's realm ({@code devstack/.../uplift-realm.json}) into the production KeycloakRealmImport, so
 * roles, client scopes, claim mappers and the user profile are defined once. What it changes and why:
 * <ul>
 * <li>no users: the dev users and their shared password must never exist outside a developer's machine;</li>
 * <li>no dev-only clients ({@code uplift-cli}, or any client allowing the password grant);</li>
 * <li>the gateway client's secret becomes the placeholder {@code ${GATEWAY_CLIENT_SECRET}}, filled by the operator's
 * import Job from the Secret {@code uplift-gateway-oidc} (the one the gateway reads);</li>
 * <li>every {@code http://localhost:8080} URL (redirects, web origins, root URL, logout) becomes the public
 * {@code https://} app URL; the overlays' replacements then put in their own hostname;</li>
 * <li>TLS is required for external requests ({@code sslRequired: external}), passwords are at least 12 characters
 * (real accounts, not shared demo logins), and the display name drops "(local development)".</li>
 * </ul>
 * Run {@code RealmImportTest} with {@code -Duplift.regenerate=true} to rewrite {@code k8s/base/keycloak/realm-import.yaml}.
 */
final class RealmImportGenerator {

    static final String BASE_APP_URL = "https://uplift.example.org";
    static final String LOCAL_APP_URL = "http://localhost:8080";
    static final String KEYCLOAK = "uplift-keycloak";
    static final String SECRET_PLACEHOLDER = "${GATEWAY_CLIENT_SECRET}";
    static final String GATEWAY_CLIENT = "uplift-gateway";
    static final Set<String> DEV_ONLY_CLIENTS = Set.of("uplift-cli");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .build();
    private static final String HEADER = """
            # GENERATED from devstack/src/main/resources/keycloak/uplift-realm.json by
            # e2e/src/test/java/org/uplift/e2e/deployment/RealmImportGenerator.java: do not edit by hand.
            # Regenerate: ./mvnw -q -pl e2e -am test -Dtest=RealmImportTest -Duplift.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false
            # Production realm: no users, no dev-only clients, the gateway's secret from the Secret uplift-gateway-oidc.
            """;

    private RealmImportGenerator() {
    }

    static String generate(Path realmJson) {
        ObjectNode realm = productionRealm(read(realmJson));
        ObjectNode realmImport = JSON.createObjectNode();
        realmImport.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        realmImport.put("kind", "KeycloakRealmImport");
        realmImport.putObject("metadata").put("name", "uplift-realm");
        ObjectNode spec = realmImport.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK);
        spec.putObject("placeholders").putObject("GATEWAY_CLIENT_SECRET").putObject("secret")
                .put("name", "uplift-gateway-oidc").put("key", "client-secret");
        spec.set("realm", realm);
        return HEADER + YAML.writeValueAsString(realmImport);
    }

    static ObjectNode productionRealm(ObjectNode source) {
        ObjectNode realm = source.deepCopy();
        realm.remove("users");
        realm.put("sslRequired", "external");
        realm.put("displayName", "Uplift");
        realm.put("passwordPolicy", "length(12) and notUsername and notEmail and passwordHistory(3)");
        ArrayNode clients = (ArrayNode) realm.path("clients");
        for (Iterator<JsonNode> it = clients.iterator(); it.hasNext(); ) {
            JsonNode client = it.next();
            if (DEV_ONLY_CLIENTS.contains(client.path("clientId").asString())
                    || client.path("directAccessGrantsEnabled").asBoolean(false)) {
                it.remove();
            }
        }
        for (JsonNode client : clients) {
            if (client.path("clientId").asString().equals(GATEWAY_CLIENT)) {
                ((ObjectNode) client).put("secret", SECRET_PLACEHOLDER);
            } else if (client.has("secret")) {
                throw new IllegalStateException("client " + client.path("clientId").asString()
                        + " has a literal secret: give it a placeholder in RealmImportGenerator");
            }
        }
        return (ObjectNode) publicUrls(realm);
    }

    /** Replaces the local app URL inside every string value (also inside embedded JSON such as the user profile). */
    private static JsonNode publicUrls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : Set.copyOf(object.propertyNames())) {
                JsonNode value = object.get(field);
                object.set(field, value.isString() ? object.stringNode(https(value.asString())) : publicUrls(value));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                array.set(i, value.isString() ? array.stringNode(https(value.asString())) : publicUrls(value));
            }
        }
        return node;
    }

    private static String https(String value) {
        return value.replace(LOCAL_APP_URL, BASE_APP_URL);
    }

    private static ObjectNode read(Path realmJson) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(realmJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
