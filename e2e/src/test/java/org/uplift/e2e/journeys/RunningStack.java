package org.uplift.e2e.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.uplift.devstack.LocalStack;

/**
 * The real platform for every journey: the same topology as {@code ./uplift up} (Keycloak, KRaft Kafka, embedded
 * MongoDB, gateway and services), started once per test run on fresh data with the demo data loaded, and stopped
 * when the run ends. Journeys receive it as a parameter.
 */
public class RunningStack implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningStack.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    private static LocalStack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("stack", key -> new Started(start()), Started.class).stack();
    }

    private static LocalStack start() {
        try {
            Path data = Files.createTempDirectory("uplift-e2e-data");
            LocalStack stack = LocalStack.start(LocalStack.Options.defaults().withDataDir(data).withDemoData(true));
            System.out.println("Stack ready in " + stack.startupTime().toSeconds() + " s");
            stack.components().forEach(c -> System.out.printf("  %-20s ready in %5.1f s, %4d MiB RSS%n",
                    c.name(), c.readyIn().toMillis() / 1000.0, c.residentKiB() / 1024));
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closed by JUnit when the root context ends, i.e. after the last journey. */
    private record Started(LocalStack stack) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stack.close();
        }
    }
}
