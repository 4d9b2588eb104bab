package org.enduse.app.cli.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.enduse.core.geo.GeoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Load time, heap and lookup rates of the gazetteer and the territory layer. */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Time loading the geography and point/name lookups.",
        footer = {"", "Example:", "  ENDUSE_JAVA_OPTS=-Xmx1g enduse bench geo --points 1000000"})
public final class GeoBenchCommand implements Callable<Integer> {
    @Option(names = "--points", defaultValue = "500000", description = "Random points to locate (default ${DEFAULT-VALUE}).")
    int points;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        GeoData geo = GeoData.get();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        out.printf(Locale.ROOT, "load: %d ms, retained heap %.0f MB, %d gazetteer entries (Java %s, %d processors)%n", loadMs,
                (heapAfter - heapBefore) / 1e6, geo.gazetteer().size(), Runtime.version(), rt.availableProcessors());

        // Points in the box around Ukraine and western Russia, where enduse's sightings cluster.
        SplittableRandom random = new SplittableRandom(42);
        double[] lat = new double[points], lon = new double[points];
        for (int i = 0; i < points; i++) {
            lat[i] = 44 + random.nextDouble() * 9;
            lon[i] = 22 + random.nextDouble() * 18;
        }
        var territory = geo.recognised();
        for (int i = 0; i < Math.min(points, 50_000); i++) territory.locate(lat[i], lon[i]); // warm-up
        long t1 = System.nanoTime();
        int found = 0;
        for (int i = 0; i < points; i++) if (territory.locate(lat[i], lon[i]).isPresent()) found++;
        double seconds = (System.nanoTime() - t1) / 1e9;
        out.printf(Locale.ROOT, "territory.locate (recognised): %d points in %.2f s = %.0f points/s (%d on land or territorial sea)%n",
                points, seconds, points / seconds, found);

        int nearPoints = Math.min(points, 20_000);
        long t5 = System.nanoTime();
        territory.distanceToBoundaryKm("UA", lat[0], lon[0]); // builds and caches the outline of Ukraine
        out.printf(Locale.ROOT, "outline of UA (first distance): %d ms%n", (System.nanoTime() - t5) / 1_000_000);
        long t3 = System.nanoTime();
        for (int i = 0; i < nearPoints; i++) territory.distanceToBoundaryKm("UA", lat[i], lon[i]);
        double s3 = (System.nanoTime() - t3) / 1e9;
        out.printf(Locale.ROOT, "territory.distanceToBoundaryKm(UA): %d points in %.2f s = %.0f points/s%n", nearPoints, s3, nearPoints / s3);

        long t4 = System.nanoTime();
        for (int i = 0; i < points; i++) geo.gazetteer().nearest(lat[i], lon[i]);
        double s4 = (System.nanoTime() - t4) / 1e9;
        out.printf(Locale.ROOT, "gazetteer.nearest: %.0f points/s%n", points / s4);

        String[] names = {"Бєлгородська область", "Belgorod", "Kijów", "Charkiw", "Грайворон", "Sébastopol", "Donetsk", "Xyzzy"};
        for (int i = 0; i < 20_000; i++) geo.gazetteer().locate(names[i % names.length]); // warm-up
        long t2 = System.nanoTime();
        int lookups = 200_000;
        for (int i = 0; i < lookups; i++) geo.gazetteer().locate(names[i % names.length]);
        double s2 = (System.nanoTime() - t2) / 1e9;
        out.printf(Locale.ROOT, "gazetteer.locate: %.0f names/s (a mix of %d names in 5 languages)%n", lookups / s2, names.length);
        return 0;
    }
}
