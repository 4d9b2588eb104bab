package org.enduse.core.geo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Territory over first-level region polygons (Natural Earth 10m admin-1, with Crimea and Sevastopol
 * under Ukraine as internationally recognised). A country is the union of its regions, built on
 * first use. Points that fall just off every polygon (coastlines at 10m resolution miss small
 * islands such as Snake Island) take the nearest region within {@link #COAST_TOLERANCE_KM}.
 */
public final class PolygonTerritory implements Territory {
    /** How far off the coastline a point may be and still belong to the nearest region. */
    static final double COAST_TOLERANCE_KM = 5.0;
    private static final double SEARCH_DEGREES = 0.1;

    private final GeometryFactory factory = new GeometryFactory();
    private final STRtree index = new STRtree();
    private final Map<String, Region> regions;
    private final Map<String, Geometry> areas = new ConcurrentHashMap<>();

    record Region(String code, String country, String name, Geometry shape, PreparedGeometry prepared) {}

    PolygonTerritory(InputStream shapes, Map<String, String[]> countryAndNameByCode) {
        Map<String, Region> byCode = new java.util.LinkedHashMap<>();
        RegionShapes.read(shapes, factory).forEach((code, shape) -> {
            String[] meta = countryAndNameByCode.get(code);
            if (meta == null) return;
            Region r = new Region(code, meta[0], meta[1], shape, PreparedGeometryFactory.prepare(shape));
            byCode.put(code, r);
            index.insert(shape.getEnvelopeInternal(), r);
        });
        index.build();
        this.regions = Map.copyOf(byCode);
    }

    @Override
    public Optional<Location> locate(double lat, double lon) {
        GeoMath.checkCoordinates(lat, lon);
        Point p = point(lat, lon);
        for (Object o : index.query(new Envelope(p.getCoordinate()))) {
            Region r = (Region) o;
            if (r.prepared().covers(p)) return Optional.of(new Location(r.country(), r.code(), r.name()));
        }
        return nearestWithinTolerance(p).map(r -> new Location(r.country(), r.code(), r.name()));
    }

    @Override
    public boolean contains(String areaCode, double lat, double lon) {
        return locate(lat, lon).map(l -> areaCode.length() == 2 ? l.country().equals(areaCode) : l.regionCode().equals(areaCode))
                .orElse(false);
    }

    @Override
    public double distanceToBoundaryKm(String areaCode, double lat, double lon) {
        GeoMath.checkCoordinates(lat, lon);
        Geometry area = area(areaCode);
        if (area == null) return Double.NaN;
        Coordinate nearest = DistanceOp.nearestPoints(area.getBoundary(), point(lat, lon))[0];
        return GeoMath.haversineKm(lat, lon, nearest.y, nearest.x);
    }

    /** The regions' codes of a country, e.g. for drawing it; empty for an unknown code. */
    public List<String> regionCodes(String country) {
        return regions.values().stream().filter(r -> r.country().equals(country)).map(Region::code).sorted().toList();
    }

    /** The geometry of a country or region (lon/lat), or null when the code is unknown. */
    public Geometry area(String areaCode) {
        return areas.computeIfAbsent(areaCode, code -> {
            if (code.length() != 2) {
                Region r = regions.get(code);
                return r == null ? null : r.shape();
            }
            List<Geometry> parts = new ArrayList<>();
            for (Region r : regions.values()) if (r.country().equals(code)) parts.add(r.shape());
            return parts.isEmpty() ? null : UnaryUnionOp.union(parts);
        });
    }

    private Optional<Region> nearestWithinTolerance(Point p) {
        Envelope around = new Envelope(p.getCoordinate());
        around.expandBy(SEARCH_DEGREES);
        Region best = null;
        double bestKm = COAST_TOLERANCE_KM;
        for (Object o : index.query(around)) {
            Region r = (Region) o;
            Coordinate c = DistanceOp.nearestPoints(r.shape(), p)[0];
            double km = GeoMath.haversineKm(p.getY(), p.getX(), c.y, c.x);
            if (km <= bestKm) {
                best = r;
                bestKm = km;
            }
        }
        return Optional.ofNullable(best);
    }

    private Point point(double lat, double lon) {
        return factory.createPoint(new Coordinate(lon, lat));
    }
}
