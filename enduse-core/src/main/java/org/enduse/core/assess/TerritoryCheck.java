package org.enduse.core.assess;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.enduse.core.geo.GeoPrecision;
import org.enduse.core.geo.Place;
import org.enduse.core.geo.Territory;

/**
 * Is the place inside the permitted territory? Honest about precision: a point counts as inside
 * or outside only when it lies farther from the border than its precision radius; a place known
 * only by region or country is decided by its ISO code (Belgorod Oblast, RU-BEL, is outside
 * Ukraine however imprecise); anything else is uncertain.
 */
final class TerritoryCheck {
    static final String RULE = "territory";

    private final Territory territory;

    TerritoryCheck(Territory territory) {
        this.territory = territory;
    }

    /** How far from its stated point a place of each precision may really be, in kilometres. */
    static double radiusKm(GeoPrecision precision) {
        return switch (precision) {
            case EXACT -> 1;
            case SETTLEMENT -> 10;
            case DISTRICT -> 30;
            case REGION -> 150;
            case COUNTRY, UNKNOWN -> 500;
        };
    }

    Finding check(Place place, List<String> permitted) {
        if (permitted.isEmpty()) return Finding.pass(RULE, () -> "the terms set no territorial limit");
        boolean coarse = place.precision() == GeoPrecision.REGION || place.precision() == GeoPrecision.COUNTRY
                || place.precision() == GeoPrecision.UNKNOWN;
        if (place.hasPoint() && !(coarse && (place.region() != null || place.country() != null))) return byPoint(place, permitted);
        if (place.region() != null && place.region().indexOf('-') == 2) return byRegion(place.region().toUpperCase(Locale.ROOT), permitted);
        if (place.country() != null) return byCountry(place.country().value(), permitted);
        return Finding.of(RULE, Cause.INABILITY_TO_VERIFY, () -> "the place is unknown, so it cannot be checked against " + String.join(", ", permitted));
    }

    private Finding byPoint(Place place, List<String> permitted) {
        double radius = radiusKm(place.precision());
        Supplier<String> where = () -> place + " (precision " + place.precision().name().toLowerCase(Locale.ROOT) + ", \u00b1" + fmt(radius) + " km)";
        double closest = Double.POSITIVE_INFINITY;
        for (String area : permitted) {
            double d = territory.distanceToBoundaryKm(area, place.lat(), place.lon());
            if (Double.isNaN(d)) return Finding.of(RULE, Cause.LOCATION_UNCERTAIN, () -> "no boundary data for " + area + " to check " + where.get());
            if (territory.contains(area, place.lat(), place.lon())) {
                if (d > radius || !anyProbe(place, radius, (lat, lon) -> inOtherCountry(lat, lon, permitted))) return Finding.pass(RULE, () -> where.get() + " lies inside " + area + ", " + fmt(d) + " km from its boundary"
                        + (d > radius ? "" : ", and no other country lies within the place's precision"));
                return Finding.of(RULE, Cause.LOCATION_UNCERTAIN, () -> where.get() + " lies inside " + area + " but only " + fmt(d)
                        + " km from its border, within the place's precision");
            }
            closest = Math.min(closest, d);
        }
        double nearest = closest;
        if (nearest > radius || !anyProbe(place, radius, (lat, lon) -> inAny(lat, lon, permitted))) return Finding.of(RULE, Cause.UNAUTHORISED_LOCATION, () -> where.get() + " lies outside " + String.join(", ", permitted) + ", " + fmt(nearest) + " km from the border"
                + (nearest > radius ? "" : ", and no permitted area lies within the place's precision"));
        return Finding.of(RULE, Cause.LOCATION_UNCERTAIN, () -> where.get() + " lies outside " + String.join(", ", permitted) + " but only " + fmt(nearest)
                + " km from the border, within the place's precision");
    }

    /** A test on a point near the sighting. */
    private interface Probe {
        boolean test(double lat, double lon);
    }

    /**
     * Near a boundary, the boundary may be a coast with nothing but sea beyond, or a border with
     * another country. Probing points on two rings around the sighting (at the precision radius and
     * half of it, eight bearings each) tells which: only a probe that lands on the other side of a
     * land border makes the place uncertain.
     */
    private static boolean anyProbe(Place place, double radiusKm, Probe probe) {
        double kmPerLon = 111.32 * Math.max(0.01, Math.cos(Math.toRadians(place.lat())));
        for (double d : new double[]{radiusKm / 2, radiusKm}) {
            for (int b = 0; b < 8; b++) {
                double bearing = Math.PI / 4 * b;
                double lat = Math.max(-90, Math.min(90, place.lat() + d * Math.cos(bearing) / 111.32));
                double lon = place.lon() + d * Math.sin(bearing) / kmPerLon;
                if (lon > 180) lon -= 360;
                if (lon < -180) lon += 360;
                if (probe.test(lat, lon)) return true;
            }
        }
        return false;
    }

    private boolean inAny(double lat, double lon, List<String> areas) {
        for (String area : areas) if (territory.contains(area, lat, lon)) return true;
        return false;
    }

    /** True when the point lies in some country or region that is not permitted (sea and no-data are not). */
    private boolean inOtherCountry(double lat, double lon, List<String> areas) {
        var location = territory.locate(lat, lon);
        return location.isPresent() && !inAny(lat, lon, areas);
    }

    private static Finding byRegion(String region, List<String> permitted) {
        String country = region.substring(0, 2);
        for (String area : permitted) {
            if (area.equals(region) || area.equals(country)) return Finding.pass(RULE, () -> "region " + region + " lies in " + area);
        }
        return Finding.of(RULE, Cause.UNAUTHORISED_LOCATION, () -> "region " + region + " lies outside " + String.join(", ", permitted) + " (known only to region level, which is enough)");
    }

    private static Finding byCountry(String country, List<String> permitted) {
        for (String area : permitted) {
            if (area.equals(country)) return Finding.pass(RULE, () -> "country " + country + " is permitted");
        }
        for (String area : permitted) {
            if (area.startsWith(country + "-")) {
                return Finding.of(RULE, Cause.LOCATION_UNCERTAIN, () -> "known only as " + country + ", while only " + String.join(", ", permitted) + " is permitted: the region is needed");
            }
        }
        return Finding.of(RULE, Cause.UNAUTHORISED_LOCATION, () -> "country " + country + " lies outside " + String.join(", ", permitted));
    }

    private static String fmt(double km) {
        return km >= 10 ? String.valueOf(Math.round(km)) : String.format(Locale.ROOT, "%.1f", km);
    }
}
