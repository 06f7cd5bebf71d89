package org.uplift.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** How we know a component is ready: one cheap check, polled until it passes. */
@FunctionalInterface
interface Readiness {

    boolean check() throws Exception;

    HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static Readiness always() {
        return () -> true;
    }

    static Readiness tcpOpen(int port) {
        return () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        };
    }

    static Readiness httpOk(URI uri) {
        return () -> {
            if (!tcpOpen(uri.getPort()).check()) {
                return false;
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        };
    }

    /** The port opens before the broker has a controller; describeCluster answers only once it can serve clients. */
    static Readiness kafkaBroker(String bootstrapServers, int port) {
        return () -> {
            if (!tcpOpen(port).check()) {
                return false;
            }
            Map<String, Object> config = Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000);
            try (Admin admin = Admin.create(config)) {
                return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
            }
        };
    }
}
