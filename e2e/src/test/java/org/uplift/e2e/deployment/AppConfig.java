package org.uplift.e2e.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an application's code reads from its environment: the {@code ${NAME}} placeholders of its
 * {@code application.yml} plus the platform's shared {@code uplift-defaults.yml}, its properties, and which
 * {@code SPRING_*} variables bind to a real Spring Boot property (from Boot's configuration metadata).
 */
final class AppConfig {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final List<SpringProperty> SPRING_PROPERTIES = springProperties();

    final String module;
    private final String text;
    private final Map<String, String> properties;

    private AppConfig(String module, String text) {
        this.module = module;
        this.text = text;
        this.properties = flatten(text);
    }

    /** The module's own application.yml; fails (does not skip) when the module exists without one. */
    static AppConfig of(String module) {
        Path yml = Repo.applicationYml(module);
        if (!Files.isRegularFile(yml)) {
            throw new AssertionError(module + " exists but has no " + Repo.ROOT.relativize(yml)
                    + ": the deployment cannot be checked against it");
        }
        return new AppConfig(module, read(yml));
    }

    static AppConfig platformDefaults() {
        return new AppConfig("platform", read(Repo.PLATFORM_DEFAULTS));
    }

    /** Environment variables named in placeholders, with their default (empty Optional when there is none). */
    Map<String, Optional<String>> placeholders() {
        Map<String, Optional<String>> found = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.putIfAbsent(m.group(1), Optional.ofNullable(m.group(2)).map(d -> d.substring(1)));
        }
        return found;
    }

    Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** A YAML list property, e.g. {@code uplift.events.produces}; empty when absent. */
    List<String> list(String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; properties.containsKey(name + "[" + i + "]"); i++) {
            values.add(properties.get(name + "[" + i + "]"));
        }
        return values;
    }

    /** The default of a property written as {@code ${ENV:default}}, or its literal value. */
    Optional<String> effectiveDefault(String name) {
        return property(name).map(v -> {
            Matcher m = PLACEHOLDER.matcher(v);
            return m.matches() && m.group(2) != null ? m.group(2).substring(1) : v;
        });
    }

    /** True when the variable binds to a Spring Boot property (relaxed binding, both underscore forms). */
    static boolean bindsToSpringProperty(String env) {
        return SPRING_PROPERTIES.stream().anyMatch(p -> p.boundBy(env));
    }

    private static Map<String, String> flatten(String yaml) {
        Map<String, String> flat = new LinkedHashMap<>();
        for (var doc : Kustomize.parseAll(yaml)) {
            flatten("", doc, flat);
        }
        return Collections.unmodifiableMap(flat);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), into);
            }
        } else {
            into.put(prefix, node.asString());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record SpringProperty(String name, boolean isMap) {

        boolean boundBy(String env) {
            String upper = name.toUpperCase(Locale.ROOT).replace('.', '_');
            Set<String> forms = new HashSet<>(List.of(upper.replace("-", ""), upper.replace('-', '_')));
            return forms.contains(env) || isMap && forms.stream().anyMatch(f -> env.startsWith(f + "_"));
        }
    }

    private static List<SpringProperty> springProperties() {
        JsonMapper json = JsonMapper.builder().build();
        List<SpringProperty> all = new ArrayList<>();
        try {
            for (URL url : Collections.list(AppConfig.class.getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = url.openStream()) {
                    json.readTree(in).path("properties").forEach(p -> all.add(new SpringProperty(
                            p.path("name").asString(), p.path("type").asString("").startsWith("java.util.Map"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no Spring Boot configuration metadata on the test classpath");
        }
        return List.copyOf(all);
    }
}
