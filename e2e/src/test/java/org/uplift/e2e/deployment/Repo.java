package org.uplift.e2e.deployment;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository, found from wherever the tests run (the e2e module directory under Maven). */
final class Repo {

    static final Path ROOT = findRoot();
    static final Path K8S = ROOT.resolve("k8s");
    static final Path CRDS = K8S.resolve("crds");
    static final Path REALM_SOURCE = ROOT.resolve("devstack/src/main/resources/keycloak/uplift-realm.json");
    static final Path REALM_IMPORT = K8S.resolve("base/keycloak/realm-import.yaml");
    static final Path DEPLOYMENT_DOC = ROOT.resolve("docs/deployment.md");
    static final Path PLATFORM_DEFAULTS = ROOT.resolve("platform/src/main/resources/uplift-defaults.yml");

    private Repo() {
    }

    static Path overlay(String name) {
        return K8S.resolve("overlays").resolve(name);
    }

    static Path applicationYml(String module) {
        return ROOT.resolve(module).resolve("src/main/resources/application.yml");
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("k8s")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (a directory with k8s/ and pom.xml) above "
                + Path.of("").toAbsolutePath());
    }
}
