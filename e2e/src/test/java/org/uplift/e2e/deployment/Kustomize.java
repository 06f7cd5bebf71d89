package org.uplift.e2e.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Renders a kustomization with the real {@code kubectl kustomize} (offline) and parses what it prints. */
final class Kustomize {

    static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Map<Path, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The objects of a rendered kustomization, cached: treat them as read-only (deep-copy before mutating). */
    static List<ObjectNode> render(Path kustomization) {
        return RENDERED.computeIfAbsent(kustomization.toAbsolutePath().normalize(), Kustomize::build);
    }

    static List<ObjectNode> parseAll(String yaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc instanceof ObjectNode object && !object.isEmpty()) {
                    objects.add(object);
                }
            }
        }
        return List.copyOf(objects);
    }

    private static List<ObjectNode> build(Path dir) {
        try {
            // stderr goes to a file so that neither pipe can fill up and stall the other.
            Path errors = Files.createTempFile("kustomize", ".err");
            errors.toFile().deleteOnExit();
            Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                    .redirectError(errors.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish in 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed (exit " + process.exitValue() + "):\n"
                        + Files.readString(errors));
            }
            return parseAll(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("""
                    These tests render k8s/ with `kubectl kustomize` and need kubectl (v1.27 or newer, which bundles \
                    kustomize v5) on the PATH; it could not be started: %s""".formatted(e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + dir, e);
        }
    }
}
