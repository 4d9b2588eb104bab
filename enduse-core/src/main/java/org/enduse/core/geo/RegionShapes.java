package org.enduse.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads geo/region-shapes.txt.gz and geo/sea-shapes.txt.gz (written by tools/geodata/SimplifyShapes.java):
 * one area per line, its code, a tab, then polygons separated by '|', rings by ';', and "dx,dy"
 * pairs in 1e-5 degrees, delta-encoded along each ring. Compact to ship, fast to parse.
 */
final class RegionShapes {
    private static final double SCALE = 100_000.0;

    private RegionShapes() {}

    static Map<String, Geometry> read(InputStream gzipped, GeometryFactory factory) {
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                String code = line.substring(0, tab);
                List<Polygon> polygons = new ArrayList<>();
                for (String polygon : line.substring(tab + 1).split("\\|")) {
                    String[] rings = polygon.split(";");
                    LinearRing shell = ring(rings[0], factory);
                    if (shell == null) continue;
                    List<LinearRing> holes = new ArrayList<>();
                    for (int i = 1; i < rings.length; i++) {
                        LinearRing hole = ring(rings[i], factory);
                        if (hole != null) holes.add(hole);
                    }
                    polygons.add(factory.createPolygon(shell, holes.toArray(LinearRing[]::new)));
                }
                // tools/geodata/SimplifyShapes.java writes only valid polygons on this grid, so they
                // are used as read; GeoShapesTest checks every one.
                shapes.put(code, factory.createMultiPolygon(polygons.toArray(Polygon[]::new)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the region shapes", e);
        }
        return shapes;
    }

    private static LinearRing ring(String encoded, GeometryFactory factory) {
        String[] pairs = encoded.split(" ");
        List<Coordinate> coords = new ArrayList<>(pairs.length + 1);
        long x = 0, y = 0;
        for (String pair : pairs) {
            int comma = pair.indexOf(',');
            x += Long.parseLong(pair, 0, comma, 10);
            y += Long.parseLong(pair, comma + 1, pair.length(), 10);
            coords.add(new Coordinate(x / SCALE, y / SCALE));
        }
        if (!coords.get(0).equals2D(coords.get(coords.size() - 1))) coords.add(new Coordinate(coords.get(0)));
        if (coords.size() < 4) return null;
        return factory.createLinearRing(coords.toArray(Coordinate[]::new));
    }
}
