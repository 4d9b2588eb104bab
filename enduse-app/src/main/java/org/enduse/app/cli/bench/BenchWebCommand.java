package org.enduse.app.cli.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.enduse.app.AppContext;
import org.enduse.app.AppServices;
import org.enduse.app.cli.UserException;
import org.enduse.app.web.WebServer;
import org.enduse.core.account.Role;
import org.enduse.core.catalog.EquipmentRef;
import org.enduse.core.common.CountryCode;
import org.enduse.core.common.PartialDate;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.transfer.EndUseTerms;
import org.enduse.core.transfer.Quantity;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Load on the web API: a fresh data folder seeded with random sightings over Ukraine and western
 * Russia and a few transfers limited to Ukraine (so sightings in Russia raise alerts), a server on
 * a free local port, and an open-loop load generator sending requests at a fixed rate, half to
 * /api/alerts and half to /api/sightings with a random bounding box. Latency is measured from when
 * each request was due, not when it was sent, so a stalled server cannot hide its queue.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Seed sightings, start the server, and load /api/alerts and /api/sightings?bbox=... at a fixed rate; prints p50/p99 and errors.",
        footer = {"", "Examples:", "  enduse bench web", "  enduse bench web --sightings 100000 --rate 500 --seconds 30",
                "  enduse bench web --dir /tmp/bench-web   # keep the seeded folder for another run"})
public final class BenchWebCommand implements java.util.concurrent.Callable<Integer> {
    private static final String[] TYPES = {"fn-scar", "m1224-maxxpro", "m1151a1", "m777"};
    private static final String[] DONORS = {"BE", "US", "US", "US"};

    @Option(names = "--sightings", defaultValue = "100000", description = "Sightings to seed (default ${DEFAULT-VALUE}).")
    int sightings;

    @Option(names = "--rate", defaultValue = "500", description = "Requests per second (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seconds", defaultValue = "20", description = "How long to load, after a 3-second warm-up (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--dir", paramLabel = "DIR", description = "Data folder to seed (default: a new temporary folder); reused when already seeded.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (sightings < 1 || rate < 1 || seconds < 1) throw new UserException("--sightings, --rate and --seconds must be at least 1");
        PrintWriter out = spec.commandLine().getOut();
        Path data = dir != null ? dir : Files.createTempDirectory("enduse-bench-web");
        try (AppContext app = AppContext.open(data)) {
            AppServices services = AppServices.of(app);
            String token = seed(app, services, out);
            var server = new WebServer(new WebServer.Options("127.0.0.1", 0, false), services.accounts(), services.sessions(), services.audit(),
                    services.webModules()).start();
            try {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                long t0 = System.nanoTime();
                var first = client.send(request(base + "/api/alerts?limit=10", token), HttpResponse.BodyHandlers.ofString());
                out.printf("first /api/alerts (builds the engine over every sighting): %d in %.1f s%n", first.statusCode(), (System.nanoTime() - t0) / 1e9);
                // Service time without queueing: one request at a time.
                for (String path : List.of("/api/alerts?limit=10", "/api/sightings?limit=100&bbox=30,48,30.5,48.5")) {
                    List<Long> times = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        long s = System.nanoTime();
                        client.send(request(base + path, token), HttpResponse.BodyHandlers.discarding());
                        times.add(System.nanoTime() - s);
                    }
                    Collections.sort(times);
                    out.printf("one at a time, %s: p50 %.1f ms, p99 %.1f ms (50 requests)%n", path, pct(times, 0.5), pct(times, 0.99));
                }
                load(client, base, token, 3, new Random(1));
                var result = load(client, base, token, seconds, new Random(2));
                out.printf("load: %d requests/s for %d s against %,d sightings (%s, %d processors, %s)%n", rate, seconds, sightings,
                        System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(), Runtime.version());
                for (var e : result.entrySet()) out.println("  " + e.getValue());
            } finally {
                server.close();
            }
        }
        out.flush();
        return 0;
    }

    private String seed(AppContext app, AppServices services, PrintWriter out) {
        var accounts = services.accounts();
        var user = accounts.organisations().stream().anyMatch(o -> o.name().equals("Bench")) ? accounts.userNamed("bench")
                : accounts.addUserToNewOrganisation("Bench", "bench", null, Role.VIEWER, "bench bench bench".toCharArray(), "bench");
        long have = app.store().read(r -> r.sightings().page(new org.enduse.core.sighting.SightingListing(null, null, user.organisationId(), null, 0, 1)).total());
        if (have < sightings) {
            long t0 = System.nanoTime();
            Random random = new Random(42);
            app.store().write("bench", r -> {
                for (int i = 0; i < TYPES.length; i++) {
                    var line = new TransferLine("l1", new EquipmentRef(TYPES[i], null), Quantity.items(100), null, null, null);
                    r.transfers().save(new Transfer("bench-" + TYPES[i], "Bench " + TYPES[i], CountryCode.of(DONORS[i]), CountryCode.of("UA"), null,
                            PartialDate.parse("2022"), null, List.of(line), new EndUseTerms(List.of("UA"), List.of(), null, true, false, null), null, null));
                }
                for (int i = 0; i < sightings; i++) {
                    double lon = 23 + random.nextDouble() * 17, lat = 45.5 + random.nextDouble() * 7;
                    r.sightings().save(new Sighting(String.format("bench-%07d", i), new EquipmentRef(TYPES[random.nextInt(TYPES.length)], null), null, null,
                            null, new Place(null, null, null, lat, lon, GeoPrecision.EXACT),
                            PartialDate.parse(String.format("2023-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))), null, null, null, null, null));
                }
                return null;
            });
            app.database().useHandle(h -> {
                h.createUpdate("UPDATE sightings SET organisation_id = :org").bind("org", user.organisationId()).execute();
                h.createUpdate("UPDATE transfers SET organisation_id = :org").bind("org", user.organisationId()).execute();
            });
            out.printf("seeded %,d sightings and %d transfers in %.1f s into %s%n", sightings, TYPES.length, (System.nanoTime() - t0) / 1e9, app.dataDir());
        }
        return accounts.issueToken(user.id(), "bench", null, "bench").secret();
    }

    private static HttpRequest request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
    }

    /** Sends requests at the fixed rate for the given seconds; returns the latency summary per route. */
    private java.util.Map<String, String> load(HttpClient client, String base, String token, int forSeconds, Random random) throws InterruptedException {
        var latencies = new java.util.TreeMap<String, ConcurrentLinkedQueue<Long>>();
        var errors = new java.util.TreeMap<String, AtomicInteger>();
        for (String route : List.of("alerts", "sightings?bbox")) {
            latencies.put(route, new ConcurrentLinkedQueue<>());
            errors.put(route, new AtomicInteger());
        }
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime(), interval = 1_000_000_000L / rate;
        int total = forSeconds * rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            boolean alerts = i % 2 == 0;
            String route = alerts ? "alerts" : "sightings?bbox";
            String url;
            if (alerts) {
                url = base + "/api/alerts?limit=10";
            } else {
                double lon = 23 + random.nextDouble() * 16, lat = 45.5 + random.nextDouble() * 6;
                url = base + "/api/sightings?limit=100&bbox=" + lon + "," + lat + "," + (lon + 0.5) + "," + (lat + 0.5);
            }
            pending.add(client.sendAsync(request(url, token), HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
                latencies.get(route).add(System.nanoTime() - due);
                if (e != null || r.statusCode() != 200) errors.get(route).incrementAndGet();
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        var summary = new java.util.TreeMap<String, String>();
        for (var e : latencies.entrySet()) {
            List<Long> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            summary.put(e.getKey(), String.format("%-15s %6d requests  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d  (all done in %.1f s)",
                    e.getKey(), sorted.size(), pct(sorted, 0.50), pct(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6, errors.get(e.getKey()).get(), elapsed));
        }
        return summary;
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
