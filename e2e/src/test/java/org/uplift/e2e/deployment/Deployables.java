package org.uplift.e2e.deployment;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/** The applications deployed to Kubernetes, with the facts the team fixed for them (DESIGN.md). */
enum Deployables {
    GATEWAY("gateway", 8080, null),
    SCHOOLS("schools-service", 8081, "schools"),
    CPD("cpd-service", 8082, "cpd"),
    ASSESSMENT("assessment-service", 8083, "assessment"),
    REPORTING("reporting-service", 8084, "reporting");

    final String module;
    final int port;
    final String database;

    Deployables(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    boolean usesMongoAndKafka() {
        return database != null;
    }

    /**
     * The module's configuration. A module that does not exist at all yet is skipped (assumption); one that exists
     * without an application.yml fails.
     */
    AppConfig config() {
        Assumptions.assumeTrue(Files.isDirectory(Repo.ROOT.resolve(module)), module + " module does not exist yet");
        return AppConfig.of(module);
    }

    static List<Deployables> services() {
        return List.of(SCHOOLS, CPD, ASSESSMENT, REPORTING);
    }
}
