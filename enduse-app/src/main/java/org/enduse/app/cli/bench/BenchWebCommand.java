package org.enduse.app.cli.bench;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
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
 * a free local port, and an open-loop load ({@link OpenLoopLoad}) sending requests at a fixed rate,
 * half to /api/alerts and half to /api/sightings with a random bounding box. Latency is measured
 * from when each request was due, not when it was sent, so a stalled server cannot hide its queue.
 * The load runs in the same JVM as the server; the CPU time of each side's threads is reported
 * apart, so the server's cost per request can be read off whatever else the machine runs.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Seed sightings, start the server, and load /api/alerts and /api/sightings?bbox=... at a fixed rate; prints p50/p99/max, errors, CPU time per request and the load average.",
        footer = {"", "Examples:", "  enduse bench web", "  enduse bench web --sightings 100000 --rate 500 --seconds 30",
                "  enduse bench web --dir /tmp/bench-web   # keep the seeded folder for another run"})
public final class BenchWebCommand implements java.util.concurrent.Callable<Integer> {
    private static final String[] TYPES = {"fn-scar", "m1224-maxxpro", "m1151a1", "m777"};
    private static final String[] DONORS = {"BE", "US", "US", "US"};
    private static final String ALERTS = "/api/alerts?limit=10";
    private static final String SIGHTINGS = "/api/sightings?limit=100&bbox=";
    private static final String[] ROUTES = {"alerts", "sightings?bbox"};
    /** Javalin's request threads, and the carriers of the load's virtual threads, by name. */
    private static final String SERVER_THREADS = "JettyServerThreadPool", LOAD_THREADS = "ForkJoinPool-";

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
            var address = new InetSocketAddress("127.0.0.1", server.port());
            try {
                long t0 = System.nanoTime();
                var first = new OpenLoopLoad(address, token, 600_000);
                first.oneAtATime(1, ALERTS);
                first.close();
                out.printf("first %s (builds the engine over every sighting): %.1f s%n", ALERTS, (System.nanoTime() - t0) / 1e9);
                var load = new OpenLoopLoad(address, token, 30_000);
                // Service time without queueing: one request at a time.
                for (String path : List.of(ALERTS, SIGHTINGS + "30,48,30.5,48.5")) {
                    long[] took = OpenLoopLoad.sorted(load.oneAtATime(50, path));
                    out.printf("one at a time, %s: p50 %.1f ms, p99 %.1f ms (50 requests)%n", path,
                            OpenLoopLoad.percentileMillis(took, 0.5), OpenLoopLoad.percentileMillis(took, 0.99));
                }
                run(load, 3, new Random(1));
                out.printf("load: %d requests/s for %d s against %,d sightings (%s, %d processors, Java %s)%n", rate, seconds, sightings,
                        System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(), Runtime.version());
                CpuSnapshot before = CpuSnapshot.take(SERVER_THREADS, LOAD_THREADS);
                var outcome = run(load, seconds, new Random(2));
                CpuSnapshot after = CpuSnapshot.take(SERVER_THREADS, LOAD_THREADS);
                load.close();
                report(out, outcome, before, after);
            } finally {
                server.close();
            }
        }
        out.flush();
        return 0;
    }

    /** Half the requests to the alerts, half to sightings in a random half-degree box. */
    private OpenLoopLoad.Outcome run(OpenLoopLoad load, int forSeconds, Random random) throws InterruptedException {
        return load.run(forSeconds * rate, rate, i -> {
            if (i % 2 == 0) return new OpenLoopLoad.Request(0, ALERTS);
            double lon = 23 + random.nextDouble() * 16, lat = 45.5 + random.nextDouble() * 6;
            return new OpenLoopLoad.Request(1, SIGHTINGS + lon + "," + lat + "," + (lon + 0.5) + "," + (lat + 0.5));
        });
    }

    private static void report(PrintWriter out, OpenLoopLoad.Outcome outcome, CpuSnapshot before, CpuSnapshot after) {
        int count = outcome.status().length;
        for (int route = 0; route < ROUTES.length; route++) {
            var latencies = new java.util.ArrayList<Long>();
            int errors = 0;
            for (int i = route; i < count; i += ROUTES.length) {
                latencies.add(outcome.latencyNanos()[i]);
                if (outcome.status()[i] != 200) errors++;
            }
            long[] sorted = OpenLoopLoad.sorted(latencies.stream().mapToLong(Long::longValue).toArray());
            out.printf("  %-15s %6d requests  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms  errors %d%n", ROUTES[route], sorted.length,
                    OpenLoopLoad.percentileMillis(sorted, 0.5), OpenLoopLoad.percentileMillis(sorted, 0.99), sorted[sorted.length - 1] / 1e6, errors);
        }
        out.printf("  all %d answered %.1f s after the first was due (%.0f requests/s)%n", count, outcome.seconds(), count / outcome.seconds());
        out.printf("  CPU per request: %.2f ms in the whole process, %.2f ms in the server's request threads, %.2f ms in the load's threads%n",
                (after.processNanos() - before.processNanos()) / 1e6 / count, (after.groupNanos()[0] - before.groupNanos()[0]) / 1e6 / count,
                (after.groupNanos()[1] - before.groupNanos()[1]) / 1e6 / count);
        out.printf("  load average (1, 5, 15 min): %s before, %s after%n", before.loadAverage(), after.loadAverage());
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
}
