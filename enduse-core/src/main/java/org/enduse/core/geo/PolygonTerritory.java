package org.enduse.core.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * A territory layer over first-level region polygons (Natural Earth 10m admin-1, simplified to
 * within 0.7 km) and countries' territorial seas (OpenStreetMap). The layer decides which country
 * each region counts for; a country is the union of its regions, built on first use and shared
 * with the other layers where they agree.
 *
 * <p>A point is placed in three steps: (1) the region whose polygon covers it; (2) at sea or in a
 * gap of the simplified outlines, a country whose land or territorial sea covers it, with the
 * nearest of that country's regions within {@link #SEA_REGION_KM} (this is how Snake Island, 35 km
 * offshore and absent from the region polygons, is Ukraine's Odesa Oblast); (3) otherwise the nearest
 * region within {@link #COAST_TOLERANCE_KM}, for shores the coarse outlines miss. A region the layer
 * has no data for gives an empty answer, as does the open sea.
 */
public final class PolygonTerritory implements Territory {
    /** How far off the coastline a point outside any territorial sea may be and still belong to the nearest region. */
    static final double COAST_TOLERANCE_KM = 5.0;
    /** How far from a point in a country's territorial sea its region is searched for. */
    static final double SEA_REGION_KM = 50.0;
    private static final double KM_PER_DEGREE = 111.32;

    /** What the region file says about a region: its English name, and its country recognised and de facto. */
    record RegionFacts(String name, String recognised, String deFacto) {}

    private final Boundaries boundaries;
    private final TerritoryLayer layer;
    private final Map<String, RegionFacts> facts;
    private final Map<String, String> countryByRegion = new HashMap<>();
    private final Map<String, List<String>> regionsByCountry;

    PolygonTerritory(Boundaries boundaries, TerritoryLayer layer, Map<String, RegionFacts> facts) {
        this.boundaries = boundaries;
        this.layer = layer;
        this.facts = Map.copyOf(facts);
        facts.forEach((code, f) -> {
            String country = layer.countryOf(code, f.recognised(), f.deFacto());
            if (country != null) countryByRegion.put(code, country);
        });
        Map<String, List<String>> byCountry = new TreeMap<>();
        countryByRegion.forEach((code, country) -> byCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(code));
        byCountry.values().forEach(Collections::sort);
        this.regionsByCountry = Map.copyOf(byCountry);
    }

    public TerritoryLayer layer() {
        return layer;
    }

    @Override
    public Optional<Location> locate(double lat, double lon) {
        GeoMath.checkCoordinates(lat, lon);
        Point p = boundaries.factory.createPoint(new Coordinate(lon, lat));
        for (Boundaries.Shape s : boundaries.regionsAt(p)) {
            if (s.prepared().covers(p)) return located(s.code());
        }
        List<String> seaCountries = boundaries.seaCountriesAt(p);
        if (!seaCountries.isEmpty()) {
            // Where claims overlap (Crimea's waters are in both Ukraine's and Russia's OpenStreetMap
            // outline), the nearest region decides, through the layer's attribution of that region.
            String region = nearestRegion(p, SEA_REGION_KM, code -> seaCountries.contains(facts.get(code).recognised()));
            if (region != null) return located(region);
            return seaCountries.size() == 1 ? Optional.of(new Location(seaCountries.get(0), null, null)) : Optional.empty();
        }
        String region = nearestRegion(p, COAST_TOLERANCE_KM, code -> true);
        return region == null ? Optional.empty() : located(region);
    }

    @Override
    public boolean contains(String areaCode, double lat, double lon) {
        return locate(lat, lon).map(l -> areaCode.length() == 2 ? areaCode.equals(l.country()) : areaCode.equals(l.regionCode()))
                .orElse(false);
    }

    @Override
    public double distanceToBoundaryKm(String areaCode, double lat, double lon) {
        GeoMath.checkCoordinates(lat, lon);
        List<String> codes = codesOf(areaCode);
        if (codes.isEmpty()) return Double.NaN;
        Point p = boundaries.factory.createPoint(new Coordinate(lon, lat));
        Coordinate nearest = boundaries.outline(codes).boundary().nearestPoints(p)[0];
        return GeoMath.haversineKm(lat, lon, nearest.y, nearest.x);
    }

    /** The codes of the regions a country has in this layer, sorted; empty for an unknown code. */
    public List<String> regionCodes(String country) {
        return regionsByCountry.getOrDefault(country, List.of());
    }

    /** The land geometry (lon/lat) of a country in this layer or of a region, or null when the code is unknown. */
    public Geometry area(String areaCode) {
        List<String> codes = codesOf(areaCode);
        return codes.isEmpty() ? null : boundaries.outline(codes).area();
    }

    private List<String> codesOf(String areaCode) {
        if (areaCode.length() == 2) return regionCodes(areaCode);
        return boundaries.region(areaCode) == null ? List.of() : List.of(areaCode);
    }

    private Optional<Location> located(String regionCode) {
        String country = countryByRegion.get(regionCode);
        if (country == null) return Optional.empty();
        return Optional.of(new Location(country, regionCode, facts.get(regionCode).name()));
    }

    /** A box around the point that holds at least the circle of the radius (longitude degrees shrink toward the poles). */
    private static Envelope box(Point p, double radiusKm) {
        double dLat = radiusKm / KM_PER_DEGREE;
        double dLon = radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(p.getY()) + dLat)))));
        return new Envelope(p.getX() - dLon, p.getX() + dLon, p.getY() - dLat, p.getY() + dLat);
    }

    private String nearestRegion(Point p, double maxKm, Predicate<String> filter) {
        String best = null;
        double bestKm = maxKm;
        for (Boundaries.Shape s : boundaries.regionsIn(box(p, maxKm))) {
            if (!facts.containsKey(s.code()) || !filter.test(s.code())) continue;
            Coordinate c = DistanceOp.nearestPoints(s.geometry(), p)[0];
            double km = GeoMath.haversineKm(p.getY(), p.getX(), c.y, c.x);
            if (km <= bestKm) {
                best = s.code();
                bestKm = km;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "territory layer " + layer.id() + ": " + layer.description();
    }
}
