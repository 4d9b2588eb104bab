package org.enduse.app.cli.bench;

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
        out.printf("load: %d ms, retained heap %.0f MB, %d gazetteer entries%n", loadMs, (heapAfter - heapBefore) / 1e6, geo.gazetteer().size());

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
        out.printf("territory.locate: %d points in %.2f s = %.0f points/s (%d on land)%n", points, seconds, points / seconds, found);

        String[] names = {"Бєлгородська область", "Belgorod", "Kijów", "Charkiw", "Kozinka", "Sébastopol", "Donetsk", "Xyzzy"};
        long t2 = System.nanoTime();
        int lookups = 200_000;
        for (int i = 0; i < lookups; i++) geo.gazetteer().locate(names[i % names.length]);
        double s2 = (System.nanoTime() - t2) / 1e9;
        out.printf("gazetteer.locate: %.0f names/s%n", lookups / s2);
        return 0;
    }
}
