package org.uplift.e2e.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables the manifests already set but the code does not read yet, as listed in the requirement
 * table of {@code docs/deployment.md} ({@code | R<n> | `module` | `ENV_NAME` ... |}). The tests accept exactly these,
 * and fail once the code reads one (so the table is kept true).
 */
record PendingRequirements(Set<String> moduleAndEnv) {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*(R\\d+)\\s*\\|\\s*`([a-z-]+)`\\s*\\|([^|]*)\\|");
    private static final Pattern ENV = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    static PendingRequirements read() {
        Set<String> pending = new HashSet<>();
        try {
            for (String line : Files.readAllLines(Repo.DEPLOYMENT_DOC)) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    Matcher env = ENV.matcher(row.group(3));
                    while (env.find()) {
                        pending.add(row.group(2) + " " + env.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("docs/deployment.md is part of the deployment", e);
        }
        return new PendingRequirements(Set.copyOf(pending));
    }

    boolean isPending(String module, String env) {
        return moduleAndEnv.contains(module + " " + env);
    }

    List<String> forModule(String module) {
        List<String> envs = new ArrayList<>();
        moduleAndEnv.stream().filter(e -> e.startsWith(module + " ")).forEach(e -> envs.add(e.substring(module.length() + 1)));
        return envs;
    }
}
