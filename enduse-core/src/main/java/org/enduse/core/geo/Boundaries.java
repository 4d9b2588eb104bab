package org.enduse.core.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The polygons every territory layer shares, loaded once: first-level regions (Natural Earth) and
 * countries with their territorial sea (OpenStreetMap). Layers differ only in which country each
 * region is attributed to, so the geometry and its indexes are built a single time.
 */
final class Boundaries {
    /** A polygon with its prepared form (fast repeated point tests) and the code it is filed under. */
    record Shape(String code, Geometry geometry, PreparedGeometry prepared) {}

    final GeometryFactory factory = new GeometryFactory();
    private final Map<String, Shape> regions;
    private final STRtree regionIndex = new STRtree();
    private final STRtree seaIndex = new STRtree();
    private final Map<List<String>, Outline> outlines = new ConcurrentHashMap<>();

    /** The union of some regions (a country in some layer), with an index for distances to its boundary. */
    record Outline(Geometry area, IndexedFacetDistance boundary) {}

    Boundaries(InputStream regionShapes, InputStream seaShapes) {
        this.regions = Map.copyOf(index(RegionShapes.read(regionShapes, factory), regionIndex));
        index(RegionShapes.read(seaShapes, factory), seaIndex);
    }

    static Boundaries load(Supplier<InputStream> regionShapes, Supplier<InputStream> seaShapes) {
        try (InputStream regions = regionShapes.get(); InputStream seas = seaShapes.get()) {
            return new Boundaries(regions, seas);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the boundary shapes", e);
        }
    }

    Shape region(String code) {
        return regions.get(code);
    }

    /**
     * The union of the regions, built on first use and shared by every layer that groups the same
     * regions into a country (Russia takes about 2 s, Ukraine 0.3 s; later calls are lookups).
     */
    Outline outline(List<String> regionCodes) {
        return outlines.computeIfAbsent(List.copyOf(regionCodes), codes -> {
            List<Geometry> parts = new ArrayList<>(codes.size());
            for (String code : codes) parts.add(regions.get(code).geometry());
            Geometry area = parts.size() == 1 ? parts.get(0) : UnaryUnionOp.union(parts);
            return new Outline(area, new IndexedFacetDistance(area.getBoundary()));
        });
    }

    /** Regions (one entry per polygon) whose bounding box holds the point: candidates for an exact test. */
    List<Shape> regionsAt(Point p) {
        return query(regionIndex, new Envelope(p.getCoordinate()));
    }

    /** Regions (one entry per polygon) whose bounding box meets the box. */
    List<Shape> regionsIn(Envelope box) {
        return query(regionIndex, box);
    }

    /** Countries whose land or territorial sea covers the point; usually one, two where claims overlap. */
    List<String> seaCountriesAt(Point p) {
        List<String> countries = new ArrayList<>(2);
        for (Shape s : query(seaIndex, new Envelope(p.getCoordinate()))) if (s.prepared().covers(p) && !countries.contains(s.code())) countries.add(s.code());
        return countries;
    }

    private static List<Shape> query(STRtree index, Envelope box) {
        List<Shape> found = new ArrayList<>();
        for (Object o : index.query(box)) found.add((Shape) o);
        return found;
    }

    private static Map<String, Shape> index(Map<String, Geometry> shapes, STRtree index) {
        Map<String, Shape> byCode = new LinkedHashMap<>();
        shapes.forEach((code, geometry) -> {
            // One entry per polygon keeps the index tight for countries spread over oceans.
            Shape whole = new Shape(code, geometry, PreparedGeometryFactory.prepare(geometry));
            byCode.put(code, whole);
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Geometry part = geometry.getGeometryN(i);
                index.insert(part.getEnvelopeInternal(), geometry.getNumGeometries() == 1 ? whole
                        : new Shape(code, part, PreparedGeometryFactory.prepare(part)));
            }
        });
        index.build();
        return byCode;
    }
}
