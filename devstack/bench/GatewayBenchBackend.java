import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for schools-service in gateway-isolated.sh: answers every request at once with the same realistic page
 * of schools (~13 KB of JSON), so what the benchmark sees beyond it is the gateway's own cost.
 * Run with: java devstack/bench/GatewayBenchBackend.java PORT
 */
class GatewayBenchBackend {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        // Headers and body go out as two writes: with Nagle on, every answer would wait for a delayed ACK (~40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        byte[] page = schools(26).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        // Optional CPU per answer (BACKEND_CPU_US), to compare with a backend that works as hard as a real service.
        long cpuNanos = Long.parseLong(System.getenv().getOrDefault("BACKEND_CPU_US", "0")) * 1000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        server.createContext("/", exchange -> {
            long until = threads.getCurrentThreadCpuTime() + cpuNanos;
            while (cpuNanos > 0 && threads.getCurrentThreadCpuTime() < until) {
                Thread.onSpinWait();
            }
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        System.out.println("backend on " + port + ", " + page.length + " bytes per answer");
    }

    /** Shaped like GET /api/schools?la=856: a page of schools with their identifiers and a few details each. */
    private static String schools(int count) {
        StringJoiner content = new StringJoiner(",", "{\"content\":[", "]");
        for (int i = 0; i < count; i++) {
            content.add("""
                    {"urn":"%d","laCode":"856","establishmentNumber":"%d","name":"Leicester Example %s School %d",\
                    "phase":"%s","type":"Academy converter","status":"Open","postcode":"LE%d %dAB",\
                    "region":"E12000004","hub":"EMSMH","trust":"Example Learning Trust %d",\
                    "pupils":%d,"disadvantagedPercent":%d.%d,"ofsted":"Good","project":{"id":"p-%d",\
                    "name":"Maths mastery %d","rag":"AMBER","nextReview":"2026-0%d-15"},\
                    "links":{"self":"/api/schools/%d","reviews":"/api/schools/%d/reviews"}}"""
                    .formatted(120000 + i, 2000 + i, i % 2 == 0 ? "Primary" : "Academy", i,
                            i % 2 == 0 ? "Primary" : "Secondary", i % 9 + 1, i % 9, i, 200 + 37 * i, 10 + i % 40, i % 10,
                            i, i, i % 9 + 1, 120000 + i, 120000 + i));
        }
        return content + ",\"page\":{\"size\":26,\"number\":0,\"totalElements\":26,\"totalPages\":1}}";
    }
}
