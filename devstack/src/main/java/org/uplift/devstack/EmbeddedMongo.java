package org.uplift.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * MongoDB's wire protocol served from this JVM by mongo-java-server, persisted in one H2 file so data survives
 * restarts. H2 commits about once a second and its threads are not daemons: stopping commits explicitly and shuts the
 * server down, or the last writes are lost and the JVM never exits.
 */
final class EmbeddedMongo implements Running {

    private final H2Backend backend;
    private final MongoServer server;

    private EmbeddedMongo(H2Backend backend, MongoServer server) {
        this.backend = backend;
        this.server = server;
    }

    static EmbeddedMongo start(Path file, int port) throws IOException {
        Files.createDirectories(file.getParent());
        H2Backend backend;
        try {
            backend = new H2Backend(file.toString());
        } catch (RuntimeException locked) {
            throw new IOException("cannot open " + file + " (only one process may use it: is another stack running?)",
                    locked);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new IOException("cannot listen on 127.0.0.1:" + port, e);
        }
        return new EmbeddedMongo(backend, server);
    }

    @Override
    public Optional<String> exitReason() {
        return Optional.empty();
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.empty();
    }

    /** It shares this JVM, so the launcher's own footprint is the honest figure. */
    @Override
    public long residentKiB() {
        return ResidentMemory.ofProcess(ProcessHandle.current().pid());
    }

    @Override
    public Optional<Path> log() {
        return Optional.empty();
    }

    @Override
    public void stop() {
        backend.commit();
        server.shutdownNow();
    }
}
