package org.uplift.e2e.deployment;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.node.ObjectNode;

/** The kustomizations that must render: the base and every overlay. */
enum Overlays {
    BASE(Repo.K8S.resolve("base")),
    DEV(Repo.overlay("dev")),
    PROD(Repo.overlay("prod"));

    private final Path dir;

    Overlays(Path dir) {
        this.dir = dir;
    }

    List<ObjectNode> objects() {
        return Kustomize.render(dir);
    }

    Path dir() {
        return dir;
    }

    static Stream<Overlays> deployable() {
        return Stream.of(DEV, PROD);
    }
}
