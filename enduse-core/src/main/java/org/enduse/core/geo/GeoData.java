package org.enduse.core.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled geography, loaded once on first use: the gazetteer and the territory layer of
 * internationally recognised borders. Loading takes about a second, so callers share one instance.
 */
public final class GeoData {
    private static volatile GeoData instance;

    private final Gazetteer gazetteer;
    private final PolygonTerritory territory;

    private GeoData() {
        try (InputStream regions = open("regions.tsv"); InputStream places = open("places.tsv")) {
            gazetteer = new Gazetteer(regions, places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String[]> meta = new HashMap<>();
        gazetteer.entries(GazetteerEntry.Kind.REGION).forEach(r -> meta.put(r.id(), new String[] {r.country(), r.name()}));
        try (InputStream shapes = open("region-shapes.txt.gz")) {
            territory = new PolygonTerritory(shapes, meta);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Internationally recognised borders: Crimea, Sevastopol and the occupied regions are Ukraine. */
    public PolygonTerritory recognised() {
        return territory;
    }

    private static InputStream open(String name) {
        InputStream in = GeoData.class.getResourceAsStream("/geo/" + name);
        if (in == null) throw new IllegalStateException("geo/" + name + " is missing from the classpath: run tools/geodata/build.sh");
        return in;
    }
}
