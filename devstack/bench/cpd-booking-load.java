import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPD booking under load against the running local stack: many named staff booked by the dev school lead into a
 * small cohort, first through the gateway, then straight to cpd-service on a second fresh cohort, with the numbers
 * of both and their ratio. Only JDK classes, so it runs as a single file:
 *
 *   RATE_LIMIT_ENABLED=false ./uplift up          (in one terminal; the gateway's per-token limit would refuse most)
 *   java devstack/bench/cpd-booking-load.java [--attempts 1000] [--capacity 30] [--in-flight 0|N]
 *        [--gateway http://127.0.0.1:8080] [--direct http://127.0.0.1:8082] [--keycloak http://127.0.0.1:8180]
 *        [--gateway-cohort ID] [--direct-cohort ID]
 *
 * {@code --in-flight 0} (the default) releases every attempt at one instant; N keeps at most N requests outstanding.
 * Cohorts are created by the dev hub lead ({@code hub.lead}, hub EMSMH) unless their ids are given; bookings are made
 * by the dev school lead ({@code school.lead}, URN 990101), who may book named staff of their school. Latency is
 * measured per request from the moment it is sent (under --in-flight N, from when it got a slot).
 */
class CpdBookingLoad {

    static final String PASSWORD = "uplift-dev";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Options(int attempts, int capacity, int inFlight, String gateway, String direct, String keycloak,
            String gatewayCohort, String directCohort) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("options are --name value pairs, got " + args[i]);
                }
                given.put(args[i].substring(2), args[++i]);
            }
            Options options = new Options(Integer.parseInt(given.getOrDefault("attempts", "1000")),
                    Integer.parseInt(given.getOrDefault("capacity", "30")),
                    Integer.parseInt(given.getOrDefault("in-flight", "0")),
                    given.getOrDefault("gateway", "http://127.0.0.1:8080"),
                    given.getOrDefault("direct", "http://127.0.0.1:8082"),
                    given.getOrDefault("keycloak", "http://127.0.0.1:8180"),
                    given.get("gateway-cohort"), given.get("direct-cohort"));
            List<String> known = List.of("attempts", "capacity", "in-flight", "gateway", "direct", "keycloak",
                    "gateway-cohort", "direct-cohort");
            given.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
                throw new IllegalArgumentException("unknown option --" + k + "; known: " + known);
            });
            return options;
        }
    }

    record Attempt(int status, long nanos, int position) {
    }

    record Run(String label, List<Attempt> attempts, long wallNanos) {

        long count(int status) {
            return attempts.stream().filter(a -> a.status() == status).count();
        }

        long percentileMillis(int p) {
            List<Long> sorted = attempts.stream().map(a -> a.nanos() / 1_000_000).sorted().toList();
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
        }

        void print(int capacity) {
            long confirmed = count(201);
            long waitlisted = count(202);
            long errors = attempts.size() - confirmed - waitlisted;
            List<Integer> positions = attempts.stream().filter(a -> a.status() == 202).map(Attempt::position).sorted().toList();
            boolean queueExact = positions.equals(java.util.stream.IntStream.rangeClosed(1, positions.size()).boxed().toList());
            System.out.printf("%-8s confirmed=%d (capacity %d) waitlisted=%d errors=%d p50=%dms p90=%dms p99=%dms max=%dms wall=%dms throughput=%.0f/s queue positions 1..%d each once: %s%n",
                    label, confirmed, capacity, waitlisted, errors, percentileMillis(50), percentileMillis(90),
                    percentileMillis(99), percentileMillis(100), wallNanos / 1_000_000,
                    attempts.size() / (wallNanos / 1e9), positions.size(), queueExact ? "yes" : "NO");
            Map<Integer, Long> byStatus = new java.util.TreeMap<>();
            attempts.forEach(a -> byStatus.merge(a.status(), 1L, Long::sum));
            if (errors > 0) {
                System.out.println("         statuses " + byStatus + (byStatus.containsKey(429)
                        ? "  (429: start the stack with RATE_LIMIT_ENABLED=false)" : ""));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String run = Long.toString(System.currentTimeMillis(), 36);
        System.out.printf("cpd booking load: %d attempts for %d places, %s, run %s%n", options.attempts(),
                options.capacity(), options.inFlight() == 0 ? "all released at one instant" : options.inFlight() + " in flight",
                run);

        String gatewayCohort = options.gatewayCohort() != null ? options.gatewayCohort() : cohort(options, run + "-gateway");
        Run viaGateway = storm(options, "gateway", options.gateway(), gatewayCohort, run + "-g");
        viaGateway.print(options.capacity());

        String directCohort = options.directCohort() != null ? options.directCohort() : cohort(options, run + "-direct");
        Run direct = storm(options, "direct", options.direct(), directCohort, run + "-d");
        direct.print(options.capacity());

        System.out.printf("gateway / direct: p50 %.2fx, p90 %.2fx, p99 %.2fx, wall %.2fx%n",
                ratio(viaGateway.percentileMillis(50), direct.percentileMillis(50)),
                ratio(viaGateway.percentileMillis(90), direct.percentileMillis(90)),
                ratio(viaGateway.percentileMillis(99), direct.percentileMillis(99)),
                ratio(viaGateway.wallNanos(), direct.wallNanos()));
        System.out.println("cohorts: gateway " + gatewayCohort + ", direct " + directCohort);
    }

    /** A fresh cohort of a fresh one-session programme, published by the dev hub lead straight to cpd-service. */
    static String cohort(Options options, String name) throws Exception {
        String hubLead = token(options, "hub.lead");
        String programme = json(Map.of("title", "Load test " + name, "summary", "Booking load test",
                "phases", List.of("Secondary"), "audienceRoles", List.of("Teacher"), "format", "IN_PERSON",
                "sessionCount", 1, "completionPercent", 80));
        String programmeId = field(post(options.direct() + "/api/cpd/programmes", hubLead, programme, 201), "id");
        LocalDate first = LocalDate.now().plusDays(30);
        String cohort = json(Map.of("programmeId", programmeId, "name", "Load " + name,
                "sessions", List.of(Map.of("date", first.toString(), "start", "09:30", "end", "15:30")),
                "venue", "Leicester Maths Hub, LE1 7RH", "capacity", options.capacity(),
                "bookingOpensOn", LocalDate.now().minusDays(1).toString(), "bookingClosesOn", first.minusDays(1).toString(),
                "cancellationCutoffDays", 7, "eligibleLaCodes", ""));
        return field(post(options.direct() + "/api/cpd/cohorts", hubLead, cohort, 201), "id");
    }

    /** Distinct named staff booked by the school lead; all released at once, or at most N in flight. */
    static Run storm(Options options, String label, String base, String cohortId, String prefix) throws Exception {
        String bearer = "Bearer " + token(options, "school.lead"); // fresh per run: dev tokens live 5 minutes
        URI uri = URI.create(base + "/api/cpd/cohorts/" + cohortId + "/bookings");
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < options.attempts(); i++) {
            String body = json(Map.of("name", "Load Staff " + i, "email", "load-" + prefix + "-" + i + "@uplift.invalid"));
            requests.add(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).header("Authorization", bearer)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        Semaphore slots = new Semaphore(options.inFlight() == 0 ? options.attempts() : options.inFlight());
        CountDownLatch start = new CountDownLatch(1);
        long began;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (HttpRequest request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    slots.acquire();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        String position = response.statusCode() == 202 ? field(response.body(), "waitlistPosition") : "0";
                        attempts.add(new Attempt(response.statusCode(), System.nanoTime() - t0, Integer.parseInt(position)));
                    } catch (IOException e) {
                        attempts.add(new Attempt(-1, System.nanoTime() - t0, 0));
                    } finally {
                        slots.release();
                    }
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        }
        return new Run(label, List.copyOf(attempts), System.nanoTime() - began);
    }

    static String token(Options options, String username) throws Exception {
        String form = "grant_type=password&client_id=uplift-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + PASSWORD;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(options.keycloak()
                + "/realms/uplift/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token for " + username + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return field(response.body(), "access_token");
    }

    static String post(String url, String token, String body, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + url + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** A top-level string or number field of a JSON object (enough for the few fields read here). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|(-?\\d+))").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    static String json(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            case Map<?, ?> map -> {
                List<String> members = new ArrayList<>();
                map.forEach((k, v) -> members.add(json(k.toString()) + ":" + json(v)));
                yield "{" + String.join(",", members) + "}";
            }
            case List<?> list -> "[" + String.join(",", list.stream().map(CpdBookingLoad::json).toList()) + "]";
            default -> throw new IllegalArgumentException("cannot write " + value.getClass());
        };
    }

    static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
