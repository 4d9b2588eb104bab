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
                if (d > radius) return Finding.pass(RULE, () -> where.get() + " lies inside " + area + ", " + fmt(d) + " km from its border");
                return Finding.of(RULE, Cause.LOCATION_UNCERTAIN, () -> where.get() + " lies inside " + area + " but only " + fmt(d)
                        + " km from its border, within the place's precision");
            }
            closest = Math.min(closest, d);
        }
        double nearest = closest;
        if (nearest > radius) return Finding.of(RULE, Cause.UNAUTHORISED_LOCATION, () -> where.get() + " lies outside " + String.join(", ", permitted) + ", " + fmt(nearest) + " km from the border");
        return Finding.of(RULE, Cause.LOCATION_UNCERTAIN, () -> where.get() + " lies outside " + String.join(", ", permitted) + " but only " + fmt(nearest)
                + " km from the border, within the place's precision");
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
