package org.enduse.app.web.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.enduse.core.geo.PolygonTerritory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Country and region outlines from the bundled geodata as GeoJSON geometries, simplified for
 * drawing (about 2 km at the equator) and kept once computed: the geodata never changes while the
 * server runs, and a country's outline is the union of its regions, which is costly to build.
 */
final class AreaShapes {
    /** Degrees; outlines this close to the original look the same on a map of a country or a few. */
    private static final double TOLERANCE = 0.02;
    private static final double ROUNDING = 1000.0;

    /** A GeoJSON geometry: "Polygon" or "MultiPolygon" with [lon, lat] coordinates. */
    record Shape(String type, Object coordinates) {}

    private final PolygonTerritory territory;
    private final Map<String, Shape> cache = new ConcurrentHashMap<>();

    AreaShapes(PolygonTerritory territory) {
        this.territory = territory;
    }

    /** The outline of a country (alpha-2) or region (ISO 3166-2), or null when the geodata has none. */
    Shape of(String code) {
        return cache.computeIfAbsent(code, c -> {
            Geometry g = territory.area(c);
            return g == null ? null : shape(TopologyPreservingSimplifier.simplify(g, TOLERANCE));
        });
    }

    List<String> regionsOf(String country) {
        return territory.regionCodes(country);
    }

    private static Shape shape(Geometry g) {
        if (g instanceof Polygon p) return new Shape("Polygon", rings(p));
        List<Object> polygons = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) polygons.add(rings(p));
        }
        return new Shape("MultiPolygon", polygons);
    }

    private static List<List<double[]>> rings(Polygon p) {
        List<List<double[]>> rings = new ArrayList<>();
        rings.add(ring(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) rings.add(ring(p.getInteriorRingN(i).getCoordinates()));
        return rings;
    }

    private static List<double[]> ring(Coordinate[] coordinates) {
        List<double[]> out = new ArrayList<>(coordinates.length);
        for (Coordinate c : coordinates) out.add(new double[] {Math.round(c.x * ROUNDING) / ROUNDING, Math.round(c.y * ROUNDING) / ROUNDING});
        return out;
    }
}
