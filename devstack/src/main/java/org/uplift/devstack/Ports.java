package org.uplift.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;

/** Finds a port the stack needs that something else already holds, before anything is started. */
final class Ports {

    private Ports() {
    }

    /** The first busy port, as "port 9092 (kafka)", or empty when all are free. */
    static Optional<String> firstBusy(List<Component> components) {
        for (Component component : components) {
            for (int port : component.ports()) {
                if (isBusy(port)) {
                    return Optional.of("port " + port + " (" + component.name() + ")");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Binding is the test the real server will face: a listener on 0.0.0.0 or [::] blocks 127.0.0.1 too, which a
     * connect to 127.0.0.1 would not reveal. SO_REUSEADDR is on, as the servers set it, so connections left in
     * TIME_WAIT by the last run do not count as busy; a listener still does.
     */
    static boolean isBusy(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
