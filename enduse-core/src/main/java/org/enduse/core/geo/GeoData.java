package org.enduse.core.geo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled geography, loaded once on first use: the gazetteer and the territory layers, which
 * share one set of polygons. Loading takes a few seconds (docs/benchmarks.md), so callers share one
 * instance.
 */
public final class GeoData {
    private static volatile GeoData instance;

    private final Gazetteer gazetteer;
    private final Map<TerritoryLayer, PolygonTerritory> layers = new EnumMap<>(TerritoryLayer.class);

    private GeoData() {
        byte[] regions = read("regions.tsv");
        try (InputStream places = open("places.tsv")) {
            gazetteer = new Gazetteer(new ByteArrayInputStream(regions), places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Boundaries boundaries = Boundaries.load(() -> open("region-shapes.txt.gz"), () -> open("sea-shapes.txt.gz"));
        Map<String, PolygonTerritory.RegionFacts> facts = regionFacts(regions);
        for (TerritoryLayer layer : TerritoryLayer.values()) layers.put(layer, new PolygonTerritory(boundaries, layer, facts));
    }

    public static GeoData get() {
        GeoData g = instance;
        if (g == null) {
            synchronized (GeoData.class) {
                if (instance == null) instance = new GeoData();
                g = instance;
            }
        }
        return g;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Internationally recognised borders: Crimea, Sevastopol and the occupied regions are Ukraine. The default. */
    public PolygonTerritory recognised() {
        return territory(TerritoryLayer.RECOGNISED);
    }

    /** Control on the ground where registry data records it; see {@link TerritoryLayer#OCCUPATION}. */
    public PolygonTerritory occupation() {
        return territory(TerritoryLayer.OCCUPATION);
    }

    public PolygonTerritory territory(TerritoryLayer layer) {
        return layers.get(layer);
    }

    /** Columns of regions.tsv (see tools/geodata/build.py): 0 code, 1 recognised country, 4 English name, 12 de facto country. */
    private static Map<String, PolygonTerritory.RegionFacts> regionFacts(byte[] tsv) {
        Map<String, PolygonTerritory.RegionFacts> facts = new HashMap<>();
        for (String line : new String(tsv, StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty() || line.charAt(0) == '#') continue;
            String[] f = line.split("\t", -1);
            facts.put(f[0], new PolygonTerritory.RegionFacts(f[4].isEmpty() ? f[0] : f[4], f[1], f[12]));
        }
        return facts;
    }

    private static byte[] read(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = GeoData.class.getResourceAsStream("/geo/" + name);
        if (in == null) throw new IllegalStateException("geo/" + name + " is missing from the classpath: run tools/geodata/build.sh");
        return in;
    }
}
