package org.uplift.devstack;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local stack, top to bottom, like .NET Aspire's AppHost: each component with its ports, what it waits for, how it
 * starts and how we know it is ready. {@link LocalStack} starts each one as soon as what it waits for is ready, so
 * independent components start in parallel. `./uplift up` and the e2e tests both run exactly this.
 */
final class Topology {

    static final int KEYCLOAK_PORT = 8180;
    static final int MONGO_PORT = 27017;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int MAIL_SMTP_PORT = 3025;
    static final int MAIL_API_PORT = 8025;

    static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK_PORT;
    static final String ISSUER = KEYCLOAK_URL + "/realms/uplift";
    static final String KAFKA_BOOTSTRAP = "localhost:" + KAFKA_PORT;
    static final String EMBEDDED_MONGO_URI = "mongodb://localhost:" + MONGO_PORT;
    static final String MAIL_URL = "http://127.0.0.1:" + MAIL_API_PORT;

    static final SpringService GATEWAY = new SpringService("gateway", 8080);
    static final List<SpringService> SERVICES = List.of(
            new SpringService("schools-service", 8081),
            new SpringService("cpd-service", 8082),
            new SpringService("assessment-service", 8083),
            new SpringService("reporting-service", 8084));

    private Topology() {
    }

    /**
     * Time limits are a safety net for a hung start, not a target: on 2 cores shared with other builds, starts that
     * take seconds on a quiet machine have been measured at up to 160 s, Keycloak creating a new database (every
     * e2e run) at 437 s with a load average of 55, and schools-service seeding its demo data over 300 s at load 30.
     */
    static List<Component> declare(Workspace workspace, RuntimeArtifacts.Source artifacts, boolean demoData) {
        List<Component> stack = new ArrayList<>();

        // Slowest by far (about 50 s on its first start, 10-30 s after), so it goes first and the rest overlaps it.
        stack.add(Component.named("keycloak").ports(KEYCLOAK_PORT)
                .startedBy(() -> Keycloak.start(workspace, artifacts.get(), KEYCLOAK_PORT, KEYCLOAK_URL))
                .readyWhen(Readiness.httpOk(local(KEYCLOAK_PORT, "/realms/uplift/.well-known/openid-configuration")))
                .within(Duration.ofMinutes(10)));

        // Every service keeps its state in MongoDB: hosted in this JVM, unless MONGODB_URI names a server to use.
        if (workspace.externalMongoUri() == null) {
            stack.add(Component.named("mongodb").ports(MONGO_PORT)
                    .startedBy(() -> EmbeddedMongo.start(workspace.dataDir().resolve("mongo").resolve("uplift.mv"),
                            MONGO_PORT))
                    .readyWhen(Readiness.tcpOpen(MONGO_PORT))
                    .within(Duration.ofSeconds(20)));
        } else {
            stack.add(Component.named("mongodb").startedBy(Running::external).readyWhen(Readiness.always()));
        }

        // Services publish (outbox relay) and consume events from the moment they start.
        stack.add(Component.named("kafka").ports(KAFKA_PORT, KAFKA_CONTROLLER_PORT)
                .startedBy(() -> KafkaBroker.start(workspace, artifacts.get(), KAFKA_PORT, KAFKA_CONTROLLER_PORT))
                .readyWhen(Readiness.kafkaBroker(KAFKA_BOOTSTRAP, KAFKA_PORT))
                .within(Duration.ofMinutes(3)));

        // Emails (cpd-service's) go to this catcher, never to anyone real. It is ready long before Kafka, so waiting for
        // it costs the services nothing, and an email sent at start-up is not tried against a closed port: the mail
        // queue gives up after 10 tries, 2 s apart.
        stack.add(Component.named("mail-catcher").ports(MAIL_SMTP_PORT, MAIL_API_PORT)
                .startedBy(() -> MailCatcher.start(workspace, artifacts.get(), MAIL_SMTP_PORT, MAIL_API_PORT))
                .readyWhen(Readiness.tcpOpen(MAIL_SMTP_PORT))
                .within(Duration.ofMinutes(2)));

        // The services need their database and the broker to start (demo data, consumers); they fetch Keycloak's
        // signing keys on the first token only, so they start alongside Keycloak instead of queueing behind it.
        for (SpringService service : SERVICES) {
            stack.add(service(workspace, service, demoData).waitsFor("mongodb", "kafka", "mail-catcher"));
        }

        // The gateway needs nothing to start (it discovers Keycloak on the first login), but it goes with the services
        // so that Keycloak and the broker have both cores to themselves for their first seconds.
        stack.add(service(workspace, GATEWAY, demoData).waitsFor("kafka"));
        return stack;
    }

    /** What the services are told about the stack, whatever the caller's shell happens to have set. */
    static Map<String, String> serviceEnvironment(Workspace workspace) {
        String mongoUri = workspace.externalMongoUri() == null ? EMBEDDED_MONGO_URI : workspace.externalMongoUri();
        return Map.of(
                "MONGODB_URI", mongoUri,
                "KAFKA_BOOTSTRAP_SERVERS", KAFKA_BOOTSTRAP,
                "OIDC_ISSUER_URI", ISSUER,
                "MAIL_HOST", "127.0.0.1",
                "MAIL_PORT", Integer.toString(MAIL_SMTP_PORT));
    }

    private static Component service(Workspace workspace, SpringService service, boolean demoData) {
        return Component.named(service.module()).ports(service.port())
                .builtFrom(service.jar(workspace))
                .startedBy(() -> service.start(workspace, serviceEnvironment(workspace), demoData))
                .readyWhen(Readiness.httpOk(local(service.port(), "/actuator/health/readiness")))
                .within(Duration.ofMinutes(10));
    }

    /** Probes use the address everything binds to, not "localhost", which may resolve to ::1 first. */
    static URI local(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
