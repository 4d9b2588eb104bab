package org.enduse.core.assess;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.enduse.core.geo.Territory;

/**
 * TEST FIXTURE ONLY: a Territory over a few hand-drawn polygons, accurate to tens of kilometres.
 * Ukraine's outline follows the real border coarsely (Crimea included, as internationally
 * recognised); Belgorod Oblast (RU-BEL) sits north of the Kharkiv border. The real boundaries come
 * from org.enduse.core.geo; these polygons only let the rules be tested on real-world coordinates.
 * Distances use a local flat projection, good to a few per cent at these latitudes.
 */
public final class CoarseTerritory implements Territory {
    /** Longitude, latitude pairs, ring not closed. */
    private static final Map<String, double[]> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("UA", new double[]{
                22.15, 48.40, 22.60, 49.10, 24.00, 50.80, 23.60, 51.50, 25.00, 51.90, 27.50, 51.60, 30.50, 51.30,
                31.80, 52.10, 33.80, 52.35, 34.40, 51.70, 35.40, 51.10, 35.40, 50.45, 36.30, 50.25, 37.50, 50.30,
                38.20, 49.95, 40.10, 49.60, 40.20, 48.90, 39.80, 47.80, 38.20, 47.10, 36.50, 46.60, 35.00, 46.20,
                36.60, 45.40, 33.50, 44.40, 32.50, 45.40, 33.60, 46.00, 31.50, 46.60, 30.20, 45.80, 29.60, 45.30,
                28.20, 45.50, 28.90, 46.50, 29.60, 48.10, 26.60, 48.30, 24.90, 47.70, 22.90, 47.95});
        AREAS.put("RU-BEL", new double[]{
                35.40, 50.45, 36.30, 50.25, 37.50, 50.30, 38.20, 49.95, 39.20, 50.50, 38.80, 51.20, 37.00, 51.40,
                35.50, 51.00});
        AREAS.put("PL", new double[]{14.10, 49.00, 24.00, 49.00, 24.00, 54.80, 14.10, 54.80});
        AREAS.put("BE", new double[]{2.50, 49.50, 6.40, 49.50, 6.40, 51.50, 2.50, 51.50});
    }

    @Override
    public Optional<Location> locate(double lat, double lon) {
        for (var area : AREAS.entrySet()) {
            if (!inside(area.getValue(), lat, lon)) continue;
            String code = area.getKey();
            return Optional.of(code.contains("-") ? new Location(code.substring(0, 2), code, null) : new Location(code, null, null));
        }
        return Optional.empty();
    }

    @Override
    public boolean contains(String areaCode, double lat, double lon) {
        double[] ring = AREAS.get(areaCode);
        return ring != null && inside(ring, lat, lon);
    }

    @Override
    public double distanceToBoundaryKm(String areaCode, double lat, double lon) {
        double[] ring = AREAS.get(areaCode);
        if (ring == null) return Double.NaN;
        double kmPerLon = 111.32 * Math.cos(Math.toRadians(lat));
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < ring.length; i += 2) {
            int j = (i + 2) % ring.length;
            double ax = (ring[i] - lon) * kmPerLon, ay = (ring[i + 1] - lat) * 111.32;
            double bx = (ring[j] - lon) * kmPerLon, by = (ring[j + 1] - lat) * 111.32;
            double dx = bx - ax, dy = by - ay;
            double t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
            best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
        }
        return best;
    }

    private static boolean inside(double[] ring, double lat, double lon) {
        boolean in = false;
        for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
            double xi = ring[i], yi = ring[i + 1], xj = ring[j], yj = ring[j + 1];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) in = !in;
        }
        return in;
    }
}
