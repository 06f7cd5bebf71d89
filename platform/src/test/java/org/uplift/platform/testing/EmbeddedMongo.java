package org.uplift.platform.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The MongoDB wire-protocol server, in memory, behind the real driver: one per test JVM, each test context gets its
 * own database so contexts cached by Spring's test framework do not see each other's data.
 */
public final class EmbeddedMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static MongoServer server;
    private static int contexts;

    public static synchronized String uri() {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    private static synchronized String nextDatabase() {
        return "test" + (++contexts);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mongodb.uri=" + uri(), "spring.mongodb.database=" + nextDatabase())
                .applyTo(context);
    }
}
